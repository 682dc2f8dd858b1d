import { useEffect } from 'react';
import type { z } from 'zod';
import type { RecordKind } from '../../../shared/schemas/common';
import { inputSchemas, KIND_NAMES, type InputOf, type RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { useUnsavedChanges } from '../editing/useUnsavedChanges';
import { useHistory } from '../history/HistoryProvider';
import type { EditorPanelProps } from './EditorPanel';
import { editableValues } from './recordValues';
import { useRecordForm } from './useRecordForm';
import type { FieldLabels } from './fieldPath';

/** The labels CommonFields shows, on every form. */
const COMMON_LABELS: FieldLabels = { sourceIds: 'Sources', tags: 'Tags', notes: 'Notes' };

/** What a kind's page gives its editor. */
export interface EditorProps<K extends RecordKind> {
  record: RecordOf<K> | null;
  /** A new record's values given by whoever asked for it (a passage chosen in a source's text). */
  draft?: Record<string, unknown>;
  onSaved: (record: RecordOf<K>) => void;
  onCancel: () => void;
  onDelete: (record: RecordOf<K>) => void;
}

/**
 * Everything a record form shares: live validation with the kind's contract schema, saving
 * through the undo history, the unsaved-changes guard, and the props of its EditorPanel.
 */
export function useRecordEditor<K extends RecordKind, Values extends object>(kind: K, props: EditorProps<K>, blank: () => Values, labels: FieldLabels = {}) {
  const { record, onSaved, onCancel, onDelete } = props;
  const history = useHistory();
  const opened = () => (record ? (editableValues(record) as unknown as Values) : { ...blank(), ...props.draft });
  const form = useRecordForm<Values>(inputSchemas[kind] as z.ZodType, opened(), !record, { ...COMMON_LABELS, ...labels });
  const one = KIND_NAMES[kind].one;
  useUnsavedChanges(form.dirty, record ? `${one} ${recordLabel(kind, record)}` : `the new ${one}`);

  // The record changed on disk while open and untouched (an undo, a bulk edit): show it as it is now.
  const stamp = record?.updatedAt;
  useEffect(() => {
    if (record && !form.dirty) form.reset(editableValues(record) as unknown as Values);
    // Only a new stamp means new stored values; form itself changes on every keystroke.
  }, [stamp]);

  const set = <F extends keyof Values>(field: F, value: Values[F]) => form.update((current) => ({ ...current, [field]: value }));
  const merge = (change: Partial<Values>) => form.update((current) => ({ ...current, ...change }));

  const save = async () => {
    const saved = await form.submit<RecordOf<K>>((values) =>
      record ? history.update(kind, record, values as unknown as InputOf<K>) : history.create(kind, values as unknown as InputOf<K>),
    );
    if (saved) onSaved(saved);
  };

  const panel: EditorPanelProps = {
    title: `${record ? 'Edit' : 'New'} ${one}`,
    subtitle: record?.id,
    formError: form.formError,
    blockedReason: form.blockedReason,
    dirty: form.dirty,
    saving: form.saving,
    isNew: !record,
    onSubmit: save,
    onCancel,
    onDelete: record ? () => onDelete(record) : undefined,
  };
  return { ...form, set, merge, panel };
}
