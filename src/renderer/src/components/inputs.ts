/** An empty box means "not given", not zero or an empty string. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

export function optionalNumber(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}

/** Tags typed as "final, shoot-out". */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** An address typed without its scheme (bbc.co.uk/sport) gets https://; an empty box is no address. */
export function withScheme(value: string): string | undefined {
  const address = value.trim();
  if (address === '') return undefined;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
}
