import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CSP, STATIC_HEADERS, isEmbedRequest, pageHeaders } from './src/security/headers.ts';

/**
 * The security headers (src/security/headers.ts): the built page carries the policy as a meta
 * tag, and `vite preview` sends the full set per request, so the explorer refuses framing and
 * the embed (?embed=1) allows it. Not in dev: the dev server's live reload injects inline script.
 */
function securityHeaders(): Plugin {
  return {
    name: 'chokepoint-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.server !== undefined
          ? html
          : html.replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
            ),
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const headers = pageHeaders(isEmbedRequest(req.url ?? '/'));
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

// Relative base so the built app works from any path and inside iframes on other origins.
export default defineConfig({
  base: './',
  plugins: [react(), securityHeaders()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...STATIC_HEADERS } },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
