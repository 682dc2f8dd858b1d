import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { buildClient } from '../../shared/contract/client';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import type { AnyRecord } from '../../shared/schemas/kinds';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { CommandHistory } from '../../renderer/src/history/commandHistory';
import { deleteRecord, editRecords } from '../../renderer/src/history/recordCommands';
import { tempArchiveFile } from '../../test/tempArchive';
import { openArchive, type Archive } from './archive';
import { ArchiveSession } from './session';
import { takeBackup } from './backups/takeBackup';
import { exportCsv } from './transfer/exportCsv';
import { readCsv } from './transfer/csv/readCsv';
import { readImport, runImport, type ImportFile } from './transfer/archiveTransfer';

/**
 * The model: which records are live and which wait in the trash, and each quote's tags. After
 * every step the file on disk must open (validated whole) and hold exactly this.
 */
interface Model {
  live: Set<string>;
  trash: Set<string>;
  tags: Map<string, string[]>;
  /** The history's steps, each as the model before and after it, for the keys it touched. */
  done: Step[];
  undone: Step[];
  backups: Array<{ name: string; model: Snapshot }>;
}
type Snapshot = Pick<Model, 'live' | 'trash' | 'tags'>;
interface Step {
  keys: string[];
  before: Snapshot;
  after: Snapshot;
}

interface Real {
  file: string;
  archive: Archive;
  client: ReturnType<typeof buildClient<typeof contract>>;
  history: CommandHistory;
  session: ArchiveSession;
  files: { json: ImportFile; csv: ImportFile; openfootball: ImportFile };
}

const key = (kind: RecordKind, id: string) => `${kind}/${id}`;
const snapshot = (model: Snapshot): Snapshot => ({ live: new Set(model.live), trash: new Set(model.trash), tags: new Map(model.tags) });

function modelOf(archive: Archive): Snapshot {
  const live = new Set(RECORD_KINDS.flatMap((kind) => archive.records[kind].list().map((record: AnyRecord) => key(kind, record.id))));
  const trash = new Set(archive.trash.list().map((entry) => key(entry.kind, entry.record.id)));
  const tags = new Map(archive.records.quotes.list().map((quote) => [quote.id, [...quote.tags]]));
  return { live, trash, tags };
}

/** Puts the keys a step touched back as `to` had them. */
function putBack(model: Model, keys: readonly string[], to: Snapshot): void {
  for (const k of keys) {
    for (const set of ['live', 'trash'] as const) {
      if (to[set].has(k)) model[set].add(k);
      else model[set].delete(k);
    }
    const id = k.slice('quotes/'.length);
    if (k.startsWith('quotes/') && to.tags.has(id)) model.tags.set(id, [...to.tags.get(id)!]);
  }
}

/** Whatever a step did, or refused: the file opens, validates whole and holds the model. */
async function checkFile(model: Model, real: Real): Promise<void> {
  const reopened = await openArchive(real.file);
  const onDisk = modelOf(reopened);
  expect(onDisk.live).toEqual(model.live);
  expect(onDisk.trash).toEqual(model.trash);
  for (const id of model.tags.keys()) if (model.live.has(key('quotes', id))) expect([id, onDisk.tags.get(id)]).toEqual([id, model.tags.get(id)]);
}

/** A step may be refused (a record others refer to, an undo over a newer change): the file must not move. */
async function refusedOrDone(real: Real, step: () => Promise<void>): Promise<boolean> {
  const before = await readFile(real.file);
  try {
    await step();
    return true;
  } catch (error) {
    expect((error as { code?: string }).code, String(error)).toMatch(/^(has-dependents|conflict|not-found|invalid-input)$/);
    expect(await readFile(real.file)).toEqual(before);
    return false;
  }
}

type Cmd = fc.AsyncCommand<Model, Real>;

const pick = <T,>(items: readonly T[], at: number): T | undefined => (items.length === 0 ? undefined : items[at % items.length]);
const liveOf = (model: Model, kind: RecordKind) => [...model.live].filter((k) => k.startsWith(`${kind}/`)).map((k) => k.slice(kind.length + 1)).sort();

class CreatePerson implements Cmd {
  constructor(readonly n: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const person = await real.client.people.create({ values: { name: `Person ${this.n}`, role: 'fan' } });
    model.live.add(key('people', person.id));
    await checkFile(model, real);
  }
  toString = () => `CreatePerson(${this.n})`;
}

class EditNotes implements Cmd {
  constructor(readonly at: number) {}
  check = (model: Readonly<Model>) => liveOf(model as Model, 'quotes').length > 0;
  async run(model: Model, real: Real) {
    const id = pick(liveOf(model, 'quotes'), this.at)!;
    const { id: _id, createdAt: _c, updatedAt: _u, ...values } = real.archive.records.quotes.get(id);
    await real.client.quotes.update({ id, values: { ...values, notes: `checked ${this.at}` } });
    await checkFile(model, real);
  }
  toString = () => `EditNotes(${this.at})`;
}

class BulkTag implements Cmd {
  constructor(
    readonly tag: string,
    readonly count: number,
  ) {}
  check = (model: Readonly<Model>) => liveOf(model as Model, 'quotes').length > 0;
  async run(model: Model, real: Real) {
    const ids = liveOf(model, 'quotes').slice(0, this.count);
    const records = ids.map((id) => real.archive.records.quotes.get(id));
    const before = snapshot(model);
    const done = await refusedOrDone(real, async () => void (await real.history.perform(() => editRecords(real.client, 'quotes', records, { action: 'addTag', tag: this.tag }))));
    if (done) {
      for (const id of ids) model.tags.set(id, [...new Set([...(model.tags.get(id) ?? []), this.tag])]);
      model.done.push({ keys: ids.map((id) => key('quotes', id)), before, after: snapshot(model) });
      model.undone = [];
    }
    await checkFile(model, real);
  }
  toString = () => `BulkTag(${this.tag}, ${this.count})`;
}

class Delete implements Cmd {
  constructor(
    readonly kind: 'quotes' | 'matches' | 'people',
    readonly at: number,
  ) {}
  check = (model: Readonly<Model>) => liveOf(model as Model, this.kind).length > 0;
  async run(model: Model, real: Real) {
    const id = pick(liveOf(model, this.kind), this.at)!;
    const record = real.archive.records[this.kind].get(id);
    const before = snapshot(model);
    const done = await refusedOrDone(real, async () => void (await real.history.perform(() => deleteRecord(real.client, this.kind, record))));
    if (done) {
      model.live.delete(key(this.kind, id));
      model.trash.add(key(this.kind, id));
      model.done.push({ keys: [key(this.kind, id)], before, after: snapshot(model) });
      model.undone = [];
    }
    await checkFile(model, real);
  }
  toString = () => `Delete(${this.kind}, ${this.at})`;
}

class RestoreFromTrash implements Cmd {
  constructor(readonly at: number) {}
  check = (model: Readonly<Model>) => model.trash.size > 0;
  async run(model: Model, real: Real) {
    const k = pick([...model.trash].sort(), this.at)!;
    const [kind, id] = k.split('/') as [RecordKind, string];
    if (await refusedOrDone(real, async () => void (await real.client.trash.restore({ kind, id })))) {
      model.trash.delete(k);
      model.live.add(k);
    }
    await checkFile(model, real);
  }
  toString = () => `RestoreFromTrash(${this.at})`;
}

class Purge implements Cmd {
  constructor(readonly at: number) {}
  check = (model: Readonly<Model>) => model.trash.size > 0;
  async run(model: Model, real: Real) {
    const k = pick([...model.trash].sort(), this.at)!;
    const [kind, id] = k.split('/') as [RecordKind, string];
    await real.client.trash.purge({ kind, id });
    model.trash.delete(k);
    await checkFile(model, real);
  }
  toString = () => `Purge(${this.at})`;
}

class Import implements Cmd {
  constructor(
    readonly format: 'json' | 'csv' | 'openfootball',
    readonly inTrash: 'skip' | 'restore',
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const found = real.files[this.format];
    const options =
      this.format === 'json'
        ? ({ format: 'json', conflicts: 'keep', inTrash: this.inTrash } as const)
        : this.format === 'csv'
          ? ({ format: 'csv', csv: { kind: 'quotes', dateFormat: 'YYYY-MM-DD', mapping: {}, validRowsOnly: false, inTrash: this.inTrash, team: 'Liverpool', encoding: 'auto', delimiter: 'auto' } } as const)
          : ({ format: 'openfootball', team: 'Liverpool', inTrash: this.inTrash } as const);
    await runImport(real.archive, found, options);
    // Each record of the file: back if it was purged, back from the trash if told to restore.
    const incoming =
      found.format === 'json'
        ? RECORD_KINDS.flatMap((kind) => found.document[kind].map((record: AnyRecord) => key(kind, record.id)))
        : found.format === 'csv'
          ? found.csv.rows.map((row) => key('quotes', row.cells.get('id')!))
          : ['match-2019-08-09-norwich-city', 'match-2019-08-17-southampton', 'match-2020-07-26-newcastle-united'].map((id) => key('matches', id));
    const cameBack: string[] = [];
    for (const k of incoming) {
      if (model.live.has(k) || (model.trash.has(k) && this.inTrash === 'skip')) continue;
      model.trash.delete(k);
      model.live.add(k);
      cameBack.push(k);
    }
    // A quote back from the file carries the file's tags; a CSV row replaces a live quote too.
    if (found.format === 'json') for (const quote of found.document.quotes) if (cameBack.includes(key('quotes', quote.id))) model.tags.set(quote.id, [...quote.tags]);
    if (found.format === 'csv') for (const row of found.csv.rows) if (model.live.has(key('quotes', row.cells.get('id')!))) model.tags.set(row.cells.get('id')!, splitTags(row.cells.get('tags')));
    await checkFile(model, real);
  }
  toString = () => `Import(${this.format}, ${this.inTrash})`;
}

function splitTags(cell: string | undefined): string[] {
  return (cell ?? '').split(';').map((tag) => tag.trim()).filter(Boolean);
}

class Backup implements Cmd {
  check = () => true;
  async run(model: Model, real: Real) {
    model.backups.push({ name: await takeBackup(real.file, 'property'), model: snapshot(model) });
  }
  toString = () => 'Backup';
}

class RestoreBackup implements Cmd {
  constructor(readonly at: number) {}
  check = (model: Readonly<Model>) => model.backups.length > 0;
  async run(model: Model, real: Real) {
    const backup = pick(model.backups, this.at)!;
    await real.session.restore(backup.name);
    Object.assign(model, snapshot(backup.model));
    await checkFile(model, real);
  }
  toString = () => `RestoreBackup(${this.at})`;
}

class Undo implements Cmd {
  check = (model: Readonly<Model>) => model.done.length > 0;
  async run(model: Model, real: Real) {
    const step = model.done.at(-1)!;
    if (await refusedOrDone(real, async () => void (await real.history.undo()))) {
      putBack(model, step.keys, step.before);
      model.undone.push(model.done.pop()!);
    }
    await checkFile(model, real);
  }
  toString = () => 'Undo';
}

class Redo implements Cmd {
  check = (model: Readonly<Model>) => model.undone.length > 0;
  async run(model: Model, real: Real) {
    const step = model.undone.at(-1)!;
    if (await refusedOrDone(real, async () => void (await real.history.redo()))) {
      putBack(model, step.keys, step.after);
      model.done.push(model.undone.pop()!);
    }
    await checkFile(model, real);
  }
  toString = () => 'Redo';
}

const FIXTURE = join(import.meta.dirname, 'transfer', 'fixtures', 'en.1.2019-20.json');

async function setup(): Promise<{ model: Model; real: Real }> {
  const file = await tempArchiveFile();
  const archive = await openArchive(file);
  const client = buildClient(contract, createDispatch(contract, createHandlers(archive)));
  const csvText = (await exportCsv(archive.store.data, 'quotes', { bom: false })).text;
  const files = {
    json: await readImport('json', file),
    csv: { format: 'csv', fileName: 'quotes.csv', bytes: new TextEncoder().encode(csvText), csv: readCsv(csvText, 'quotes.csv'), readAs: 'auto|auto' } as ImportFile,
    openfootball: await readImport('openfootball', FIXTURE),
  };
  const real: Real = { file, archive, client, history: new CommandHistory(), session: ArchiveSession.opened(archive), files };
  return { model: { ...modelOf(archive), done: [], undone: [], backups: [] }, real };
}

const commands = [
  fc.integer({ min: 0, max: 99 }).map((n) => new CreatePerson(n)),
  fc.nat(50).map((at) => new EditNotes(at)),
  fc.tuple(fc.constantFrom('checked', 'legacy', 'europe'), fc.integer({ min: 1, max: 6 })).map(([tag, count]) => new BulkTag(tag, count)),
  fc.tuple(fc.constantFrom('quotes' as const, 'matches' as const, 'people' as const), fc.nat(50)).map(([kind, at]) => new Delete(kind, at)),
  fc.nat(20).map((at) => new RestoreFromTrash(at)),
  fc.nat(20).map((at) => new Purge(at)),
  fc.tuple(fc.constantFrom('json' as const, 'csv' as const, 'openfootball' as const), fc.constantFrom('skip' as const, 'restore' as const)).map(([format, inTrash]) => new Import(format, inTrash)),
  fc.constant(new Backup()),
  fc.nat(5).map((at) => new RestoreBackup(at)),
  fc.constant(new Undo()),
  fc.constant(new Redo()),
];

describe('the archive under random sequences of every operation', () => {
  it('kept case: import an openfootball season, delete one of its matches, import it again', async () => {
    const { model, real } = await setup();
    const norwich = (m: Model) => liveOf(m, 'matches').indexOf('match-2019-08-09-norwich-city');
    await fc.asyncModelRun(() => ({ model, real }), [new Import('openfootball', 'skip')]);
    await fc.asyncModelRun(() => ({ model, real }), [new Delete('matches', norwich(model)), new Import('openfootball', 'skip'), new Import('openfootball', 'restore')]);
    expect(model.live.has('matches/match-2019-08-09-norwich-city')).toBe(true);
  });

  it('keeps the file valid and equal to the model after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 20 }), async (cmds) => {
        const { model, real } = await setup();
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
