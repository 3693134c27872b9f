// What a refusal must look like: it starts with a place (a path into the file, "(top level)",
// or a JSON error with its line and column), and it never speaks the validator's language.

/**
 * `nodes[3].id: …`, `nodes[4] ("k"): …` (a place with its id), `(top level): …`,
 * `not JSON: … at line 4 column 2`, or a whole-file problem.
 */
export const PLACE =
  /^(?:\(top level\): |[A-Za-z_$][\w$]*(?:\[\d+\]|\.[\w$-]+)*(?: \("(?:[^"\\]|\\.)*"\))?: |not JSON: .* at line \d+ column \d+$|empty file: |file too large: |not text: )/;

/** Phrases of zod's own messages (and of an untranslated "undefined"). */
export const BANNED_WORDING =
  /too big|too small|invalid input|invalid option|invalid string|invalid type|invalid_|expected|received|nothing is not|undefined|NaN|\bint\b|<=|>=/i;
