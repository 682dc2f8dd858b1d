import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klopp-sheets-e2e-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('a results sheet of home and away sides: the club chosen, other clubs left out, a match outside the era flagged', async ({ app, dialogs, archive, archiveFile, snap }) => {
  const sheet = join(folder, 'results.csv');
  await writeFile(
    sheet,
    'Date,HomeTeam,AwayTeam,FTHG,FTAG,HTHG,HTAG\r\n09/08/2015,Stoke,Liverpool,0,1,0,0\r\n09/08/2019,Liverpool,Norwich,4,1,4,0\r\n10/08/2019,West Ham,Man City,0,5,0,1\r\n17/08/2019,Southampton,Liverpool,1,2,0,1\r\n',
  );
  await app.getByRole('button', { name: 'Import & export' }).click();
  await app.getByLabel('What to import').selectOption({ label: 'Matches (CSV)' });
  await app.getByLabel('Dates in the file').selectOption('DD/MM/YYYY');
  await expect(app.getByLabel('Club')).toHaveValue('Liverpool');
  dialogs.answer(sheet);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('A results sheet of home and away sides: the matches of Liverpool, seen from its side; 1 other clubs’ matches left out.');
  // No competition column: the rows say so until one is chosen.
  await expect(preview.getByRole('table', { name: 'Problems' })).toContainText('the sheet names no competition');
  await app.getByLabel('Competition', { exact: true }).fill('Premier League');
  await expect(preview).toContainText('4 rows: 3 new, 0 updated, 0 unchanged.');
  await expect(preview.getByRole('table', { name: 'To check (imported all the same)' })).toContainText('2015-08-09 is before Klopp’s appointment (2015-10-08)');
  await snap('sheet-preview');
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme });
    await expectNoAxeViolations(app, `the preview of a results sheet, ${colorScheme}`);
  }
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 3 new and 0 updated matches from results.csv; 1 other clubs’ matches left out');
  const southampton = archive.store.list('matches').find((match) => match.date === '2019-08-17');
  expect(southampton).toMatchObject({ ground: 'away', opponent: 'Southampton', fullTime: { liverpool: 2, opponent: 1 } });

  // The same sheet again: recognised, nothing to write.
  const written = await readFile(archiveFile);
  dialogs.answer(sheet);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  await expect(preview).toContainText('4 rows: 0 new, 0 updated, 3 unchanged. Nothing to write.');
  await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
  expect(await readFile(archiveFile)).toEqual(written);
});

test('a spreadsheet as Excel saves it: encoding and separator detected and said, garbled text refused with the fix', async ({ app, dialogs, archive, archiveFile, snap }) => {
  // European Excel's "CSV": semicolons, Windows-1252.
  const western = join(folder, 'quotes-excel.csv');
  await writeFile(western, Buffer.from('speaker;text;date;sourceIds\r\nJürgen Klopp;Wir gehen weiter, lads;25/02/2024;source-public-record\r\n', 'latin1'));
  await app.getByRole('button', { name: 'Import & export' }).click();
  await app.getByLabel('What to import').selectOption({ label: 'Quotes (CSV)' });
  await app.getByLabel('Dates in the file').selectOption('DD/MM/YYYY');
  dialogs.answer(western);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Read as Windows-1252 (Western), cells separated by semicolon (detected');
  await expect(preview).toContainText('1 rows: 1 new, 0 updated, 0 unchanged.');
  await snap('sheet-encoding-detected');
  await app.getByLabel('Cells separated by').selectOption('comma');
  await expect(app.getByRole('alert')).toContainText('quotes-excel.csv: line 2 has 2 cells where the header has a different number: a cell with a comma in it must be in double quotes');
  await app.getByLabel('Cells separated by').selectOption('auto');
  await expect(app.getByRole('alert')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 1 new and 0 updated quotes from quotes-excel.csv');
  expect(archive.store.list('quotes').find((quote) => quote.text === 'Wir gehen weiter, lads')?.speakerId).toBe('jurgen-klopp');

  // The quotes export after a round trip through a spreadsheet that read it as Western text.
  const before = await readFile(archiveFile);
  const garbled = join(folder, 'quotes-garbled.csv');
  await writeFile(garbled, Buffer.from('\u00ef\u00bb\u00bfspeaker,text,date,sourceIds\r\nJÃ¼rgen Klopp,Words,2024-02-25,source-public-record\r\n', 'utf8'));
  await app.getByLabel('Dates in the file').selectOption('YYYY-MM-DD');
  dialogs.answer(garbled);
  await app.getByRole('button', { name: 'Choose file…' }).click();
  await expect(app.getByRole('alert')).toContainText('quotes-garbled.csv, line 1: “ï»¿speaker” is UTF-8 text read as Windows-1252, so nothing was imported.');
  await expect(app.getByRole('alert')).toContainText('save it as “CSV UTF-8”');
  await expect(preview).toHaveCount(0);
  await snap('sheet-garbled-refused');
  await expectNoAxeViolations(app, 'a refused spreadsheet');
  expect(await readFile(archiveFile)).toEqual(before);
});
