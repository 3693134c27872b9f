// The explorer refuses to run inside another site's frame (clickjacking: a page could lay its
// own buttons over ours). Headers say so too (frame-ancestors), but static hosts cannot vary
// them by query string, so the page checks for itself. The embed (?embed=1) is made to be framed.

/** True when this page is inside a frame whose top page is on another origin. */
export function framedByOtherOrigin(win: Window = window): boolean {
  if (win.self === win.top) return false;
  try {
    // Reading another origin's location throws; the same origin's is readable.
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

/** What the frame shows instead of the explorer: a link that opens it in its own tab. */
export function renderFramingRefusal(root: HTMLElement, url: string): void {
  const box = document.createElement('main');
  box.className = 'framing-refused';
  const text = document.createElement('p');
  text.textContent = 'The Chokepoint explorer does not run inside another site. ';
  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Open it in its own tab';
  text.append(link);
  box.append(text);
  root.replaceChildren(box);
}
