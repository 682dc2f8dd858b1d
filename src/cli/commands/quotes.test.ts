import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempArchiveFile } from '../../test/tempArchive';
import { runCliInProcess } from '../../test/runCliInProcess';

const run = runCliInProcess;

describe('klopp-archive quotes check', () => {
  it('prints every quote’s result and exits 0 when all with text are word for word', async () => {
    const file = await tempArchiveFile();
    const result = await run('--archive', file, 'quotes', 'check');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('quote-klopp-legacy\tword for word\n');
    expect(result.stdout).toMatch(/^\d+ quotes: \d+ word for word\n$/m);
  });

  it('exits 1 and prints the closest passage when a quote differs from its source', async () => {
    const file = await tempArchiveFile();
    const archive = JSON.parse(await readFile(file, 'utf8'));
    const quote = archive.quotes.find((candidate: { id: string }) => candidate.id === 'quote-gomez-go-again');
    quote.text = 'That’s the goal and we will go again.';
    const retyped = archive.quotes.find((candidate: { id: string }) => candidate.id === 'quote-klopp-legacy');
    retyped.text = "I couldn't care less about my legacy. I'm not here to create one";
    await writeFile(file, JSON.stringify(archive));

    const text = await run('--archive', file, 'quotes', 'check');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('quote-gomez-go-again\tdiffers\n  closest passage in source-last-dance-league-cup-final-2024: “That’s the target and we will go again.”\n  the quote: That’s the [-target-]{+goal+} and we will go again.\n');
    expect(text.stdout).toContain('quote-klopp-legacy\tsame words (apostrophes)\n');

    const asJson = await run('--archive', file, 'quotes', 'check', '--json');
    expect(asJson.code).toBe(1);
    const checks = JSON.parse(asJson.stdout) as Array<{ id: string; result: string; passage?: { text: string } }>;
    expect(checks.find((check) => check.id === 'quote-gomez-go-again')).toMatchObject({ result: 'differs', passage: { text: 'That’s the target and we will go again.' } });
    expect(checks.length).toBe(archive.quotes.length);
  });

  it('refuses an unknown action as wrong usage', async () => {
    const result = await run('--archive', await tempArchiveFile(), 'quotes', 'verify');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ACTION.0: the only action is check');
  });
});
