/** A field path in the editor's words: "goals.1.minute" → "goal 2 minute", "sourceIds" → "sources". */
export function describeFieldPath(path: string): string {
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
