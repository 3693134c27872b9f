import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP, STATIC_HEADERS, isEmbedRequest, pageHeaders } from '../../../src/security/headers.ts';

describe('security headers', () => {
  it('public/_headers sends the same headers as the app defines', () => {
    const text = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const headers = Object.fromEntries(
      lines.slice(1).map((l) => {
        const at = l.indexOf(':');
        return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
      }),
    );
    expect(headers).toEqual({ ...STATIC_HEADERS, 'Content-Security-Policy': CSP });
  });

  it('the policy allows only the page itself, data:/blob: images for the PNG export, and WebAssembly', () => {
    expect(CSP).toContain("default-src 'self'");
    // HiGHS is WebAssembly: compiling it is allowed, eval of script is not.
    expect(CSP).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CSP).toContain("img-src 'self' data: blob:");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('the explorer may not be framed; the embed may', () => {
    expect(isEmbedRequest('/?embed=1&do=remove:x')).toBe(true);
    expect(isEmbedRequest('/?embed=0')).toBe(false);
    expect(isEmbedRequest('/')).toBe(false);
    expect(pageHeaders(false)['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(pageHeaders(true)['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
  });
});
