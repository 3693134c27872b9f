// Country names from the platform's own ISO 3166 region data (Intl), so no table is kept here.

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

const known = new Map<string, boolean>();

/** True when `code` is an assigned ISO 3166-1 alpha-2 region code. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  // Intl's lookup is slow next to a Map, and files of thousands of nodes ask about a few codes.
  const cached = known.get(code);
  if (cached !== undefined) return cached;
  const name = regionNames.of(code);
  const answer = name !== undefined && name !== code && name !== 'Unknown Region';
  known.set(code, answer);
  return answer;
}

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
