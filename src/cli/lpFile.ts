// The linear program as a file for any solver: the engine's LP text with its title made safe
// and its names made short. A line break in a dataset's title or a label would end the comment
// and inject LP text (HiGHS and GLPK then refuse the file); names are built from node ids, and
// GLPK and CBC refuse names over 255 characters. So every title line is one line, each variable
// is renamed x1, x2, … and each constraint c1, c2, …, and the names they stand for are listed in
// comments at the end, in lines short enough for every reader.

/** What a comment line may not hold: anything a reader could take for the end of a line. */
const LINE_BREAKS = /[\r\n\v\f\u0085\u2028\u2029]+/g;

/** A title line as one comment line's text. */
export function lpCommentText(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

const KEYWORDS = new Set([
  'maximize',
  'minimize',
  'maximise',
  'minimise',
  'subject',
  'to',
  'such',
  'that',
  'st',
  'bounds',
  'bound',
  'general',
  'generals',
  'binary',
  'binaries',
  'end',
  'free',
  'inf',
  'infinity',
]);

const NAME = /(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*/g;
const COMMENT_WIDTH = 200;

/** A comment, in lines of at most COMMENT_WIDTH characters of text. */
function comment(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length || i === 0; i += COMMENT_WIDTH) {
    parts.push(`\\ ${text.slice(i, i + COMMENT_WIDTH)}`);
  }
  return parts.join('\n');
}

/** `text` with short names, and the names they stand for listed in comments at the end. */
export function portableLp(text: string): string {
  const vars = new Map<string, string>();
  const rows = new Map<string, string>();
  const lines = text.split('\n');
  const out = lines.map((line) => {
    if (line.startsWith('\\')) return comment(lpCommentText(line.slice(1).trim()));
    const labelled = /^(\s*)([A-Za-z_][A-Za-z0-9_]*):(.*)$/.exec(line);
    let head = '';
    let body = line;
    if (labelled !== null) {
      const [, indent = '', name = '', rest = ''] = labelled;
      const short = name === 'obj' ? name : (rows.get(name) ?? `c${rows.size + 1}`);
      if (name !== 'obj') rows.set(name, short);
      head = `${indent}${short}:`;
      body = rest;
    }
    return (
      head +
      body.replace(NAME, (name) => {
        if (KEYWORDS.has(name.toLowerCase())) return name;
        let short = vars.get(name);
        if (short === undefined) vars.set(name, (short = `x${vars.size + 1}`));
        return short;
      })
    );
  });
  const end = out.lastIndexOf('End');
  const legend = ['\\ Names: each short name and what it stands for.'];
  const list = (map: Map<string, string>) => {
    for (const [name, short] of map) {
      for (let i = 0; i < name.length; i += COMMENT_WIDTH) {
        legend.push(`\\ ${i === 0 ? `${short} =` : '  …'} ${name.slice(i, i + COMMENT_WIDTH)}`);
      }
    }
  };
  list(vars);
  list(rows);
  const at = end < 0 ? out.length : end;
  return [...out.slice(0, at), ...legend, ...out.slice(at)].join('\n');
}
