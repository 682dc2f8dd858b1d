/**
 * Growable typed-array helpers: the index keeps its columns and postings in
 * typed arrays (compact, no per-entry objects for the GC to trace) and grows
 * them geometrically so appends stay amortised O(1).
 */

function nextCapacity(current: number, needed: number): number {
  return Math.max(needed, current * 2, 16);
}

export function growInt32(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Int32Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growUint8(array: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Uint8Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growFloat64(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Float64Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}
