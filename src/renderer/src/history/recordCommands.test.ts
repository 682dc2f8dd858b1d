import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { buildClient } from '../../../shared/contract/client';
import { createDispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/api/handlers';
import { openArchive } from '../../../main/archive/archive';
import { tempArchiveFile } from '../../../test/tempArchive';
import { editableValues } from '../components/recordValues';
import { CommandHistory } from './commandHistory';
import { createRecord, deleteRecord, editRecords, restoreRecord, updateRecord } from './recordCommands';

/** The same client the window gets, over the real handlers and a real archive file. */
async function openClient() {
  const archive = await openArchive(await tempArchiveFile());
  return { archive, client: buildClient(contract, createDispatch(contract, createHandlers(archive))) };
}

const newPerson = { name: 'Caoimhin Kelleher', aliases: ['Caoimhín Kelleher'], role: 'player' as const };

describe('undo and redo of record changes', () => {
  it('undoes a creation into the trash and redoes it under the same id', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const { result: person } = await history.perform(() => createRecord(client, 'people', newPerson));
    expect(history.state().undoLabel).toBe('Create person Caoimhin Kelleher');

    await history.undo();
    expect(archive.store.has('people', person.id)).toBe(false);
    expect(archive.store.trash().map((entry) => entry.record.id)).toContain(person.id);
    expect(history.state()).toEqual({ undoLabel: null, redoLabel: 'Create person Caoimhin Kelleher' });

    await history.redo();
    expect(archive.store.find('people', person.id)).toEqual(person);
    expect(archive.store.trash().map((entry) => entry.record.id)).not.toContain(person.id);
  });

  it('undoes an edit back to the previous values and redoes it', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const before = archive.store.find('quotes', 'quote-klopp-legacy')!;
    await history.perform(() => updateRecord(client, 'quotes', before, { ...editableValues(before), status: 'verified', tags: ['legacy'] }));
    expect(archive.store.find('quotes', before.id)).toMatchObject({ status: 'verified', tags: ['legacy'] });

    await history.undo();
    expect(archive.store.find('quotes', before.id)).toMatchObject({ status: before.status, tags: before.tags, text: before.text });
    await history.redo();
    expect(archive.store.find('quotes', before.id)).toMatchObject({ status: 'verified', tags: ['legacy'] });
  });

  it('undoes two edits of one record in turn', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const first = archive.store.find('people', 'joe-gomez')!;
    const { result: second } = await history.perform(() => updateRecord(client, 'people', first, { name: first.name, role: first.role, aliases: first.aliases, club: 'Liverpool FC' }));
    await history.perform(() => updateRecord(client, 'people', second, { name: first.name, role: 'staff', aliases: first.aliases, club: 'Liverpool FC' }));
    await history.undo();
    await history.undo();
    expect(archive.store.find('people', 'joe-gomez')).toMatchObject({ role: first.role, club: first.club });
  });

  it('undoes a delete by restoring from the trash, and redoes it', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const quote = archive.store.find('quotes', 'quote-klopp-legacy')!;
    await history.perform(() => deleteRecord(client, 'quotes', quote));
    expect(archive.store.has('quotes', quote.id)).toBe(false);
    await history.undo();
    expect(archive.store.find('quotes', quote.id)).toEqual(quote);
    await history.redo();
    expect(archive.store.has('quotes', quote.id)).toBe(false);
  });

  it('undoes a restore from the trash by deleting again', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    await archive.records.quotes.delete('quote-klopp-legacy');
    await history.perform(() => restoreRecord(client, 'quotes', 'quote-klopp-legacy'));
    expect(archive.store.has('quotes', 'quote-klopp-legacy')).toBe(true);
    await history.undo();
    expect(archive.store.has('quotes', 'quote-klopp-legacy')).toBe(false);
  });

  it('makes a bulk edit of many records in one write, and undoes and redoes it as one step, one write each', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const quotes = archive.store.list('quotes').slice(0, 5);
    const writes: number[] = [];
    archive.store.onChange((changes) => writes.push(changes.length));
    const { command } = await history.perform(() => editRecords(client, 'quotes', quotes, { action: 'addTag', tag: 'checked' }));
    expect(command.label).toBe('Add tag “checked” to 5 quotes');
    expect(archive.store.list('quotes').filter((quote) => quote.tags.includes('checked'))).toHaveLength(5);
    await history.undo();
    expect(archive.store.list('quotes').filter((quote) => quote.tags.includes('checked'))).toHaveLength(0);
    expect(archive.store.list('quotes').slice(0, 5).map(editableValues)).toEqual(quotes.map(editableValues));
    await history.redo();
    expect(archive.store.list('quotes').filter((quote) => quote.tags.includes('checked'))).toHaveLength(5);
    expect(writes).toEqual([5, 5, 5]);
    expect(history.state().undoLabel).toBe('Add tag “checked” to 5 quotes');
  });

  it('undoes two bulk edits of the same records in turn, and refuses to undo over a change made elsewhere', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const quotes = archive.store.list('quotes').slice(0, 4);
    await history.perform(() => editRecords(client, 'quotes', quotes, { action: 'addTag', tag: 'checked' }));
    await history.perform(() => editRecords(client, 'quotes', archive.store.list('quotes').slice(0, 4), { action: 'setStatus', status: 'disputed' }));
    await history.undo();
    await history.undo();
    expect(archive.store.list('quotes').slice(0, 4).map(editableValues)).toEqual(quotes.map(editableValues));
    await history.redo();
    await archive.records.quotes.update(quotes[1]!.id, { ...editableValues(archive.store.list('quotes')[1]!), notes: 'edited elsewhere' });
    await expect(history.undo()).rejects.toThrow(/was changed since; undoing would overwrite that change/);
    expect(archive.store.list('quotes')[0]!.tags).toContain('checked');
    expect(history.state().undoLabel).toBe('Add tag “checked” to 4 quotes');
  });

  it('changes none of the records when one of a bulk edit refuses, and keeps no step', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const quotes = archive.store.list('quotes').slice(0, 3);
    // Changed since the list was read: the bulk edit holds a stale copy of the third quote.
    await archive.records.quotes.update(quotes[2]!.id, { ...editableValues(quotes[2]!), notes: 'changed elsewhere' });
    const changed = archive.store.list('quotes').slice(0, 3);
    await expect(history.perform(() => editRecords(client, 'quotes', quotes, { action: 'addTag', tag: 'ok' }))).rejects.toThrow(/changed elsewhere since you opened it/);
    expect(archive.store.list('quotes').slice(0, 3)).toEqual(changed);
    expect(history.state().undoLabel).toBeNull();
  });

  it('refuses to undo over a change made outside the history, and keeps the step', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const before = archive.store.find('people', 'joe-gomez')!;
    const { result } = await history.perform(() => updateRecord(client, 'people', before, { name: before.name, role: 'staff', aliases: before.aliases }));
    await archive.records.people.update(result.id, { name: 'Joseph Gomez', role: 'staff', aliases: [] });
    await expect(history.undo()).rejects.toThrow(/changed since/);
    expect(archive.store.find('people', 'joe-gomez')?.name).toBe('Joseph Gomez');
    expect(history.state().undoLabel).toMatch(/^Edit person/);
  });

  it('runs steps one at a time in the order asked', async () => {
    const { client, archive } = await openClient();
    const history = new CommandHistory();
    const quote = archive.store.find('quotes', 'quote-klopp-legacy')!;
    await history.perform(() => deleteRecord(client, 'quotes', quote));
    await Promise.all([history.undo(), history.redo(), history.undo()]);
    expect(archive.store.has('quotes', quote.id)).toBe(true);
    expect(history.state().undoLabel).toBeNull();
    expect(history.state().redoLabel).toMatch(/^Delete quote “I couldn’t care less/);
  });
});
