/** The labels a form shows, by field path ("setting.outlet": "Outlet"). */
export type FieldLabels = Readonly<Record<string, string>>;

/**
 * A field path in the editor's words: the form's own label when it has one ("text" → "Exact
 * words"), else "goals.1.minute" → "goal 2 minute", "sourceIds" → "sources".
 */
export function describeFieldPath(path: string, labels: FieldLabels = {}): string {
  const label = labels[path];
  if (label) return label;
  const words: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      const previous = words.pop() ?? 'item';
      words.push(`${previous.replace(/s$/, '')} ${Number(part) + 1}`);
    } else {
      words.push(part.replace(/Ids?$/, (suffix) => (suffix === 'Ids' ? 's' : '')).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    }
  }
  return words.join(' ');
}
