import { z } from 'zod';
import { ArchiveError, invalidInput } from '../../shared/contract/errors';
import { RecordId, type RecordKind } from '../../shared/schemas/common';
import { KIND_NAMES, type InputOf } from '../../shared/schemas/kinds';

/**
 * A record written as JSON by a person or a script (a file, standard input): its values, and
 * the id it asks for. A record printed by `get` reads back as it is: its timestamps are the
 * archive's to set, so they are set aside. The values are checked like the form's, on save.
 */
export function recordFromJson<K extends RecordKind>(kind: K, text: string, where: string): { id?: string; values: InputOf<K> } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ArchiveError({ code: 'invalid-input', message: `${where} is not valid JSON: ${(error as Error).message}`, issues: [{ path: '(file)', message: 'is not valid JSON' }] });
  }
  const shape = z.looseObject({ id: RecordId.optional(), createdAt: z.unknown().optional(), updatedAt: z.unknown().optional() }).safeParse(json);
  if (!shape.success) throw invalidInput(shape.error, `${KIND_NAMES[kind].one} in ${where}`);
  const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = shape.data;
  return { id, values: values as InputOf<K> };
}
