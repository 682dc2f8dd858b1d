import type { RecordKind } from '../../../../shared/schemas/common';

/** The records behind one figure, and what the figure is. */
export interface Counted {
  title: string;
  kind: RecordKind;
  ids: readonly string[];
}
