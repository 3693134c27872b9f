// The links between the explorer and its embedded view (`?embed=1`, read by pageParams.ts):
// the embed's own link and snippet, and the way back from an embed to the full explorer.

export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  return url.toString();
}

export function embedCode(href: string, width: number, height: number): string {
  const src = embedUrl(href).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" width="${width}" height="${height}" style="border:1px solid #ddd" title="Chokepoint supply-chain graph" loading="lazy"></iframe>`;
}

export function openInChokepointHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}
