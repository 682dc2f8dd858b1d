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
