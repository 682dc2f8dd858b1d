import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../archive';
import { tempArchiveFile } from '../../../../test/tempArchive';
import { exportCsv } from '../exportCsv';

describe('claims.csv', () => {
  it('has a row per source’s version of each disputed field, the chosen one marked', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const { text } = await exportCsv(archive.store.data, 'claims');
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(['kind', 'recordId', 'field', 'about', 'sourceId', 'source', 'value', 'note', 'chosen', 'resolved']);
    expect(rows.map((row) => [row[1], row[2], row[4], row[6], row[8], row[9]])).toEqual([
      ['match-2021-12-22-leicester-city', 'goals.5.addedTime', 'source-league-cup-qf-report-2021', '6', 'true', 'false'],
      ['match-2021-12-22-leicester-city', 'goals.5.addedTime', 'source-public-record', '5', 'false', 'false'],
      ['match-2021-12-22-leicester-city', 'shootout.kicks.5.outcome', 'source-league-cup-qf-report-2021', 'saved', 'true', 'false'],
      ['match-2021-12-22-leicester-city', 'shootout.kicks.5.outcome', 'source-klopp-viaplay-interview-2021', 'missed', 'false', 'false'],
    ]);
    expect(rows[3]![5]).toBe('Jurgen Klopp gave a passionate interview after Liverpool’s dramatic penalty shoot-out victory over Leicester City');
  });
});
