// Country names from the platform's own ISO 3166 region data (Intl), so no table is kept here.

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** True when `code` is an assigned ISO 3166-1 alpha-2 region code. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
