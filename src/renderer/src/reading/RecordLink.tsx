import type { ReactNode } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { useNavigation } from '../navigation/Navigation';

/** A record named on another's page, opened on its own page when followed. */
export function RecordLink({ kind, id, children }: { kind: RecordKind; id: string; children: ReactNode }) {
  const { openRecord } = useNavigation();
  return (
    <button type="button" className="link" onClick={() => openRecord(kind, id)}>
      {children}
    </button>
  );
}
