import { SCHEMA_VERSION } from '../src/shared/schemas/archive';
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { matchRow } from './harness/editor';

const FIXTURES = join(import.meta.dirname, '..', 'src', 'main', 'archive', 'transfer', 'fixtures');

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klopp-transfer-e2e-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('exports the archive as JSON and every CSV with a manifest, through main’s dialogs', async ({ app, dialogs, snap }) => {
  await app.getByRole('button', { name: 'Import & export' }).click();
  await expect(app.getByRole('heading', { name: 'Import & export' })).toBeVisible();
  await snap('transfer-page');

  dialogs.answer(join(folder, 'archive.json'));
  await app.getByRole('button', { name: 'Export as JSON…' }).click();
  await expect(app.getByRole('status')).toContainText('Exported the archive to archive.json');
  const exported = JSON.parse(await readFile(join(folder, 'archive.json'), 'utf8')) as { schemaVersion: number; quotes: unknown[] };
  expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
  expect(exported.quotes.length).toBeGreaterThan(5);

  dialogs.answer(folder);
  await app.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(app.getByRole('status')).toContainText('Exported 8 CSV files and manifest.json');
  const [exportFolder] = await readdir(folder).then((names) => names.filter((name) => name.startsWith('klopp-era-csv-')));
  const files = await readdir(join(folder, exportFolder!));
  expect(files.sort()).toEqual(['claims.csv', 'goals.csv', 'manifest.json', 'matches.csv', 'milestones.csv', 'people.csv', 'quotes.csv', 'sources.csv', 'trophies.csv']);
  expect(dialogs.asked).toEqual(['Export the archive as JSON', 'Choose a folder for the CSV files']);

  // A cancelled dialog writes nothing and says nothing went wrong.
  await app.getByRole('button', { name: 'Export as JSON…' }).click();
  await expect(app.getByRole('alert')).toHaveCount(0);
});

test('exports what the quote list shows, as filtered', async ({ app, dialogs }) => {
  await app.getByRole('button', { name: /^Quotes/ }).click();
  await app.getByRole('searchbox', { name: 'Filter quotes' }).fill('legacy');
  dialogs.answer(join(folder, 'legacy.csv'));
  await app.getByRole('button', { name: 'Export what this list shows' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Exported' })).toContainText('Exported 1 quote to legacy.csv');
  const rows = parse(await readFile(join(folder, 'legacy.csv'), 'utf8'), { bom: true }) as string[][];
  expect(rows.map((row) => row[0])).toEqual(['id', 'quote-klopp-legacy']);
});

test('exports the results of a search, in their ranked order', async ({ app, dialogs }) => {
  await app.getByRole('button', { name: 'Search quotes' }).click();
  await app.getByRole('searchbox', { name: 'Search quotes' }).fill('speaker:gomez');
  await expect(app.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(4);
  dialogs.answer(join(folder, 'gomez.csv'));
  await app.getByRole('button', { name: 'Export these results' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Exported' })).toContainText('Exported 4 quotes to gomez.csv');
  const rows = parse(await readFile(join(folder, 'gomez.csv'), 'utf8'), { bom: true }) as string[][];
  expect(rows.slice(1).map((row) => row[3])).toEqual(['Joe Gomez', 'Joe Gomez', 'Joe Gomez', 'Joe Gomez']);
});

test('previews a CSV of quotes with line-numbered problems, then imports only the valid rows', async ({ app, dialogs, archive, snap }) => {
  const csv = join(folder, 'newsroom.csv');
  await writeFile(
    csv,
    'Said by,Words,When,sourceIds\r\nJürgen Klopp,"We go again, lads",25/02/2024,source-public-record\r\nSomeone Else,Who said this?,26/02/2024,source-public-record\r\nJürgen Klopp,Not a date,31/02/2024,source-public-record\r\n',
  );
  await app.getByRole('button', { name: 'Import & export' }).click();
  await app.getByLabel('What to import').selectOption({ label: 'Quotes (CSV)' });
  await app.getByLabel('Dates in the file').selectOption('DD/MM/YYYY');
  dialogs.answer(csv);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  await preview.getByLabel('Column for speaker', { exact: true }).selectOption('Said by');
  await preview.getByLabel('Column for text', { exact: true }).selectOption('Words');
  await preview.getByLabel('Column for date', { exact: true }).selectOption('When');
  const problems = preview.getByRole('table', { name: 'Problems' });
  await expect(problems.getByRole('row').filter({ hasText: 'no person called "Someone Else"' })).toContainText('3');
  await expect(problems.getByRole('row').filter({ hasText: 'date' })).toContainText('4');
  await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
  await snap('transfer-csv-preview');

  await preview.getByLabel('Import only the valid rows').check();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 1 new and 0 updated quotes from newsroom.csv; skipped 2 invalid rows');
  expect(archive.store.list('quotes').filter((quote) => quote.text === 'We go again, lads')).toHaveLength(1);
  await snap('transfer-csv-imported');
});

test('previews an openfootball season and adds the club’s new matches', async ({ app, dialogs, archive, snap }) => {
  await app.getByRole('button', { name: 'Import & export' }).click();
  await app.getByLabel('What to import').selectOption({ label: 'openfootball season file (JSON)' });
  dialogs.answer(join(FIXTURES, 'cup.2015-16.rounds.json'));
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('table', { name: 'Matches to add' }).getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('list', { name: 'Skipped matches' })).toContainText('Skipped 2016-02-28 Manchester City: already in the archive');
  await snap('transfer-openfootball-preview');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 2 League Cup 2015-16 matches of Liverpool FC (ENG); skipped 1');
  expect(archive.store.has('matches', 'match-2015-12-01-southampton')).toBe(true);
  await app.getByRole('button', { name: /^Matches/ }).click();
  await expect(await matchRow(app, '2015-12-01')).toContainText('Southampton');
});

test('lists the matches an openfootball file may have wrong, and imports one the editor corrects', async ({ app, dialogs, archive, snap }) => {
  const file = join(folder, 'flagged.json');
  const matches = [
    { date: '2010-08-15', team1: 'Liverpool FC', team2: 'Arsenal FC', score: { ft: [1, 1] } },
    { date: '2009-08-23', team1: 'Manchester City FC', team2: 'Liverpool FC', score: { ht: [1, 0], ft: [3, 0] } },
    { date: '2010-08-29', team1: 'Liverpool FC', team2: 'West Bromwich Albion FC', score: { ht: [2, 0], ft: [1, 0] } },
  ];
  // A season before the era: the default archive holds none of its matches.
  await writeFile(file, JSON.stringify({ name: 'English Premier League 2010/11', matches }));
  await app.getByRole('button', { name: 'Import & export' }).click();
  await app.getByLabel('What to import').selectOption({ label: 'openfootball season file (JSON)' });
  dialogs.answer(file);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  const flagged = preview.getByRole('list', { name: 'Matches to check' });
  await expect(flagged.getByRole('listitem')).toHaveCount(2);
  await expect(flagged).toContainText('dated 2009-08-23, outside the 2010-11 season');
  await expect(flagged).toContainText('the half-time score 2-0 is more than the full-time 1-0');
  await expect(preview.getByRole('table', { name: 'Matches to add' }).getByRole('row')).toHaveCount(2);
  await preview.getByLabel('Decision for #2').selectOption({ label: 'Correct the date and import' });
  await preview.getByLabel('Corrected date for #2').fill('2010-08-23');
  await preview.getByLabel('Decision for #3').selectOption({ label: 'Skip it' });
  await expect(preview.getByRole('table', { name: 'Matches to add' }).getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(app, 'openfootball matches to check');
  await snap('transfer-openfootball-flagged');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 2 Premier League 2010-11 matches');
  expect(archive.store.find('matches', 'match-2010-08-23-manchester-city')).toMatchObject({ date: '2010-08-23', season: '2010-11', ground: 'away' });
  expect(archive.store.has('matches', 'match-2010-08-29-west-bromwich-albion')).toBe(false);
});

test('an openfootball match deleted here waits in the trash: the preview says so and offers to restore it', async ({ app, dialogs, archive, snap }) => {
  await archive.records.matches.delete('match-2016-02-28-manchester-city');
  await app.getByRole('button', { name: 'Import & export' }).click();
  await app.getByLabel('What to import').selectOption({ label: 'openfootball season file (JSON)' });
  dialogs.answer(join(FIXTURES, 'cup.2015-16.rounds.json'));
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  const choice = preview.getByRole('group', { name: '1 record in the file was deleted here and waits in the trash' });
  await expect(choice.getByLabel('Leave them in the trash and skip them')).toBeChecked();
  await expect(preview.getByRole('list', { name: 'Skipped matches' })).toContainText('Skipped 2016-02-28 Manchester City: in the trash');
  await choice.getByLabel('Restore them and update them from the file').check();
  await expect(preview.getByRole('table', { name: 'Matches to add' }).getByRole('row')).toHaveCount(4);
  await snap('transfer-openfootball-in-trash');
  await expectNoAxeViolations(app, 'an import preview meeting the trash');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 3 League Cup 2015-16 matches');
  expect(archive.store.idStatus('matches', 'match-2016-02-28-manchester-city')).toBe('live');
  expect(archive.store.trash()).toEqual([]);
});

test('previews an archive JSON: new, changed, identical and conflicting', async ({ app, dialogs, archive, snap }) => {
  const incoming = structuredClone(archive.store.data) as unknown as { people: Array<Record<string, unknown>> };
  incoming.people[0] = { ...incoming.people[0], club: 'Borussia Dortmund', updatedAt: '2030-01-01T00:00:00.000Z' };
  incoming.people[1] = { ...incoming.people[1], club: 'Mainz 05', updatedAt: '2000-01-01T00:00:00.000Z' };
  incoming.people.push({ ...incoming.people[2], id: 'ian-rush', name: 'Ian Rush', aliases: [] });
  const file = join(folder, 'colleague.json');
  await writeFile(file, JSON.stringify(incoming));
  await app.getByRole('button', { name: 'Import & export' }).click();
  dialogs.answer(file);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  const people = preview.getByRole('table', { name: 'Records in the file' }).getByRole('row', { name: /^people/ });
  await expect(people.getByRole('cell')).toHaveText(['1', '1', String(incoming.people.length - 3), '1']);
  await snap('transfer-json-preview');
  await preview.getByLabel('Take the file’s copy').check();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 1 new and 2 replaced records from colleague.json');
  expect(archive.store.find('people', 'ian-rush')?.name).toBe('Ian Rush');
});
