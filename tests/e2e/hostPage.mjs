// A page on another origin (another port) that embeds Chokepoint in an iframe, as a news site
// or a slide deck would. Used by the embed browser test. /full frames the whole explorer instead
// (without ?embed=1), as a clickjacking page would: the security test checks it is refused.
import { createServer } from 'node:http';

const port = Number(process.env.HOST_PORT ?? 4174);
const app = process.env.APP_URL ?? 'http://127.0.0.1:4173/';

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const src = new URL(app);
  for (const [k, v] of url.searchParams) src.searchParams.append(k, v);
  if (url.pathname !== '/full') src.searchParams.set('embed', '1');
  // /sandboxed: an iframe that may run scripts but is not of the app's origin (allow-scripts only).
  const sandbox = url.pathname === '/sandboxed' ? ' sandbox="allow-scripts"' : '';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body style="margin:0;font-family:sans-serif"><h1 style="font-size:16px">An article that embeds Chokepoint</h1>
<iframe id="embed"${sandbox} src="${src.toString().replace(/"/g, '&quot;')}" width="900" height="560" title="Chokepoint"></iframe>
</body></html>`);
}).listen(port, '127.0.0.1');
