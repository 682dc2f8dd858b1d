import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { buildClient } from '../../shared/contract/client';
import { ArchiveError } from '../../shared/contract/errors';
import { tempArchiveFile } from '../../test/tempArchive';
import { openArchive } from '../archive/archive';
import { createDispatch, dispatchChannels } from './dispatch';
import { createHandlers } from './handlers';

async function setUp() {
  const file = await tempArchiveFile();
  const dispatch = createDispatch(contract, createHandlers(await openArchive(file)));
  return { file, dispatch, client: buildClient(contract, dispatch) };
}

describe('dispatch', () => {
  it('has a handler for every operation of the contract', async () => {
    const { dispatch } = await setUp();
    expect(dispatchChannels(contract)).toContain('quotes.create');
    for (const channel of dispatchChannels(contract)) {
      const result = await dispatch(channel, Symbol('not data'));
      expect(result.ok ? 'ok' : result.error.code, channel).not.toBe('internal');
    }
  });

  it('refuses input that breaks the contract before any handler runs, naming the field', async () => {
    const { dispatch, file } = await setUp();
    const before = await readFile(file);
    const result = await dispatch('quotes.create', { values: { text: 'x', speakerId: 'jurgen-klopp', date: 'soon', setting: { kind: 'press conference' }, sourceIds: ['source-public-record'] } });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalid-input', issues: [{ path: 'values.date', message: 'must be a date written YYYY-MM-DD' }] }),
    });
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a channel that is not in the contract', async () => {
    const { dispatch } = await setUp();
    expect(await dispatch('fs.readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives the client typed values and turns errors back into ArchiveError', async () => {
    const { client } = await setUp();
    const person = await client.people.get({ id: 'jurgen-klopp' });
    expect(person.aliases).toContain('Jurgen Klopp');
    const error = await client.people.delete({ id: 'jurgen-klopp' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('has-dependents');
    expect((error as ArchiveError).dependents.length).toBeGreaterThan(5);
  });
});
