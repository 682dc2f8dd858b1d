/**
 * Growable typed-array helpers: the index keeps its columns and postings in
 * typed arrays (compact, no per-entry objects for the GC to trace) and grows
 * them geometrically so appends stay amortised O(1).
 */

function nextCapacity(current: number, needed: number): number {
  return Math.max(needed, current * 2, 16);
}

export function growInt32(array: Int32Array, needed: number): Int32Array {
  if (array.length >= needed) return array;
  const grown = new Int32Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growUint8(array: Uint8Array, needed: number): Uint8Array {
  if (array.length >= needed) return array;
  const grown = new Uint8Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growFloat64(array: Float64Array, needed: number): Float64Array {
  if (array.length >= needed) return array;
  const grown = new Float64Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}
