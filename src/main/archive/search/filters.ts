import type { QueryFilters } from '../../../shared/search/query';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../../shared/schemas/quote';
import { dateKey, type DocStore } from './docStore';
import { LABEL_FIELDS, type LabelField } from './searchDocument';

/**
 * Distinct values of one filterable field (speaker identity, competition,
 * season, tag). Documents store the small value id; a filter is resolved
 * against the few hundred distinct values once per query, never per document.
 */
export class FieldValues {
  private readonly ids = new Map<string, number>();
  private readonly words: Array<ReadonlySet<string>> = [];

  /** Id of `key`, registering it with the folded words it can be filtered by. */
  intern(key: string, words: () => Iterable<string>): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(key, id);
      this.words.push(new Set(words()));
    }
    return id;
  }

  /** allowed[id] = 1 when some filter value has all its words among the value's words. */
  allowedBy(values: readonly (readonly string[])[]): Uint8Array {
    const allowed = new Uint8Array(this.words.length);
    for (let id = 0; id < this.words.length; id++) {
      const words = this.words[id];
      if (values.some((value) => value.every((word) => words.has(word)))) allowed[id] = 1;
    }
    return allowed;
  }
}

export function statusCode(status: VerificationStatus): number {
  return VERIFICATION_STATUSES.indexOf(status);
}

export type FilterFields = { speaker: FieldValues; season: FieldValues; tag: FieldValues } & Record<LabelField, FieldValues>;

export function filterFields(): FilterFields {
  const labels = Object.fromEntries(LABEL_FIELDS.map((field) => [field, new FieldValues()])) as Record<LabelField, FieldValues>;
  return { speaker: new FieldValues(), season: new FieldValues(), tag: new FieldValues(), ...labels };
}

/** A query's field filters resolved to per-value lookup tables for one search. */
export class DocFilter {
  readonly active: boolean;
  private readonly speaker: Uint8Array | undefined;
  /** The label fields this query filters on, each with its allowed values. */
  private readonly labels: ReadonlyArray<{ field: LabelField; allowed: Uint8Array }>;
  private readonly season: Uint8Array | undefined;
  private readonly tag: Uint8Array | undefined;
  /** Bit per status code; 0 means no status filter. */
  private readonly statusMask: number;
  /** Exclusive bounds as YYYYMMDD; undefined when absent. */
  private readonly before: number | undefined;
  private readonly after: number | undefined;

  constructor(
    filters: QueryFilters,
    fields: FilterFields,
    private readonly store: DocStore,
  ) {
    const resolve = (field: FieldValues, values: readonly (readonly string[])[]): Uint8Array | undefined =>
      values.length > 0 ? field.allowedBy(values) : undefined;
    this.speaker = resolve(fields.speaker, filters.speaker);
    this.labels = LABEL_FIELDS.flatMap((field) => {
      const allowed = resolve(fields[field], filters[field]);
      return allowed ? [{ field, allowed }] : [];
    });
    this.season = resolve(fields.season, filters.season.map((season) => [season]));
    this.tag = resolve(fields.tag, filters.tag);
    this.statusMask = filters.status.reduce((mask, status) => mask | (1 << statusCode(status)), 0);
    this.before = filters.before === undefined ? undefined : dateKey(filters.before);
    this.after = filters.after === undefined ? undefined : dateKey(filters.after);
    this.active =
      this.speaker !== undefined ||
      this.labels.length > 0 ||
      this.season !== undefined ||
      this.tag !== undefined ||
      this.statusMask !== 0 ||
      this.before !== undefined ||
      this.after !== undefined;
  }

  /** Whether live document `doc` passes every filter. */
  matches(doc: number): boolean {
    const store = this.store;
    if (this.speaker !== undefined && this.speaker[store.speaker[doc]] !== 1) return false;
    for (const { field, allowed } of this.labels) if (allowed[store.labels[field][doc]] !== 1) return false;
    if (this.season !== undefined && this.season[store.season[doc]] !== 1) return false;
    if (this.statusMask !== 0 && (this.statusMask & (1 << store.status[doc])) === 0) return false;
    if (this.before !== undefined || this.after !== undefined) {
      const date = store.date[doc];
      // A quote with an unknown date cannot be placed before or after anything.
      if (date < 0) return false;
      if (this.before !== undefined && date >= this.before) return false;
      if (this.after !== undefined && date <= this.after) return false;
    }
    if (this.tag !== undefined) {
      const start = store.tagStart[doc];
      const end = start + store.tagCount[doc];
      let found = false;
      for (let i = start; i < end && !found; i++) found = this.tag[store.tagPool[i]] === 1;
      if (!found) return false;
    }
    return true;
  }
}
