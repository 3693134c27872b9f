// JSON.parse with an error that says where: `not JSON: a ',' should come here at line 4 column 2`.
// JSON.parse's own messages differ between engines and often lack a position, so on failure
// jsonc-parser (strict settings) locates the first problem. jsonc-parser recurses once per
// nesting level, so text nested deeper than any dataset is refused first, by an iterative scan.
import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

const WORDS: Partial<Record<string, string>> = {
  InvalidSymbol: 'a character JSON does not allow',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a field name in double quotes should come here',
  ValueExpected: 'a value should come here',
  ColonExpected: "a ':' should come here",
  CommaExpected: "a ',' should come here",
  CloseBraceExpected: "a '}' should come here",
  CloseBracketExpected: "a ']' should come here",
  EndOfFileExpected: 'more text after the end of the data',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'comments are not allowed',
  UnexpectedEndOfString: 'a string that is not closed',
  UnexpectedEndOfNumber: 'a malformed number',
  InvalidUnicode: 'an invalid unicode escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'a character not allowed inside a string',
};

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Deeper than any dataset nests (a story step's view is about 6 levels down). */
export const MAX_JSON_DEPTH = 256;

/** The offset where nesting first passes `limit`, skipping strings; undefined when it never does. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

function locate(text: string): { code: ParseErrorCode; offset: number } | undefined {
  let found: { code: ParseErrorCode; offset: number } | undefined;
  const stop = new Error('stop');
  try {
    visit(
      text,
      {
        onError: (code, offset) => {
          found = { code, offset };
          throw stop;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (e) {
    if (e !== stop) throw e;
  }
  return found;
}

const tooDeep = (text: string, at: number): JsonResult => {
  const { line, column } = lineAndColumn(text, at);
  return {
    ok: false,
    error: `not JSON: nested more than ${MAX_JSON_DEPTH} levels deep at line ${line} column ${column}`,
  };
};

/**
 * For JSON inside another file (a graph file's attribute, a table's cell), whose value is read
 * further by code that recurses: nesting past the cap is refused before it is parsed, valid or not.
 */
export function parseEmbeddedJson(text: string): JsonResult {
  const deep = tooDeepAt(text);
  return deep === undefined ? parseJson(text) : tooDeep(text, deep);
}

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const deep = tooDeepAt(text);
    if (deep !== undefined) return tooDeep(text, deep);
    const where = locate(text);
    if (where === undefined) {
      return { ok: false, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    const { line, column } = lineAndColumn(text, where.offset);
    const code = printParseErrorCode(where.code);
    const words = WORDS[code] ?? code;
    return { ok: false, error: `not JSON: ${words} at line ${line} column ${column}` };
  }
}
