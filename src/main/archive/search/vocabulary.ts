/**
 * Term dictionary (folded word ↔ dense id) plus the terms in sorted order for
 * prefix expansion by binary search. Terms are never removed: a term whose
 * documents were all deleted simply has a document frequency of 0.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Term ids ordered by term text; terms added since the last sort wait in `unsorted`. */
  private sortedIds: number[] = [];
  private sortedTerms: string[] = [];
  private unsorted: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  /** Adds a term that is not in the dictionary yet and returns its id. */
  add(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    this.unsorted.push(id);
    return id;
  }

  /** Calls `visit` for every term id whose term starts with `prefix`, in term order. */
  forEachWithPrefix(prefix: string, visit: (id: number) => void): void {
    this.sortPending();
    const terms = this.sortedTerms;
    for (let i = this.lowerBound(prefix); i < terms.length && terms[i].startsWith(prefix); i++) {
      visit(this.sortedIds[i]);
    }
  }

  /**
   * Merges newly added terms into the sorted order. A few new terms (typical
   * after an edit) are inserted by binary search; a bulk load is sorted once.
   */
  sortPending(): void {
    const pending = this.unsorted;
    if (pending.length === 0) return;
    this.unsorted = [];
    if (pending.length > 64) {
      const ids = this.sortedIds.concat(pending);
      const terms = this.terms;
      ids.sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
      this.sortedIds = ids;
      this.sortedTerms = ids.map((id) => terms[id]);
      return;
    }
    for (const id of pending) {
      const at = this.lowerBound(this.terms[id]);
      this.sortedIds.splice(at, 0, id);
      this.sortedTerms.splice(at, 0, this.terms[id]);
    }
  }

  private lowerBound(term: string): number {
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
