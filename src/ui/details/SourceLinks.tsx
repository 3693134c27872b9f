import type { Dataset } from '../../data/schema.ts';

/** Only web pages become links; the loader refuses any other scheme, and this checks again. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** The sources behind a figure, as links with publisher and year. */
export function SourceLinks({
  dataset,
  ids,
}: {
  dataset: Dataset;
  ids: readonly string[] | undefined;
}) {
  if (ids === undefined || ids.length === 0) return <p className="muted">No source given.</p>;
  return (
    <ul className="sources">
      {ids.map((id) => {
        const s = dataset.sources.find((x) => x.id === id);
        if (s === undefined) return <li key={id}>{id}</li>;
        const text = `${s.title}${s.publisher === undefined ? '' : ` — ${s.publisher}`}, ${s.year}`;
        return (
          <li key={id}>
            {s.url === undefined || !isWebLink(s.url) ? (
              text
            ) : (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {text}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
