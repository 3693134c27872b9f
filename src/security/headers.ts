// The security headers the app is served with, in one place: the build puts the policy into
// the page as a meta tag, `vite preview` sends the full set, and public/_headers (for static
// hosts) is checked against this file by a unit test.
//
// What the page needs, and no more: its own scripts, styles and workers; images from data: and
// blob: URLs (the PNG export draws the graph from a data: image, downloads are blob: URLs); no
// plugins, no forms, no other base URL. `frame-ancestors` cannot be set from a meta tag, so it
// is sent as a header: the explorer may not be framed at all, the embed (?embed=1) may be
// framed by any site.

export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // 'wasm-unsafe-eval' lets the rerouting worker compile HiGHS's WebAssembly; it allows no eval of script.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

/** The policy for the meta tag (a meta tag cannot carry frame-ancestors). */
export const CSP = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Who may frame a page: nobody for the explorer, anyone for the embed. */
export const frameAncestors = (embed: boolean) => (embed ? '*' : "'none'");

/** Headers that are the same for every response. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The full header set for one page request. */
export function pageHeaders(embed: boolean): Record<string, string> {
  return {
    ...STATIC_HEADERS,
    'Content-Security-Policy': `${CSP}; frame-ancestors ${frameAncestors(embed)}`,
  };
}

/** Whether a request path with its query asks for the embed. */
export function isEmbedRequest(url: string): boolean {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('embed') === '1';
}
