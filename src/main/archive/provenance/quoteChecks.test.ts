import { describe, expect, it } from 'vitest';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';

const editable = <T extends { id: string; createdAt: string; updatedAt: string }>({ id: _id, createdAt: _c, updatedAt: _u, ...values }: T) => values;

describe('the archive’s quote checks', () => {
  it('finds every quote of the default archive word for word in its article', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const checked = archive.quoteChecks.all();
    expect(checked.length).toBe(archive.store.list('quotes').length);
    expect(checked.filter(({ check }) => check.result !== 'word for word').map(({ quote }) => quote.id)).toEqual([]);
    // The build marks them verified because the check found them.
    expect(checked.filter(({ quote }) => quote.status !== 'verified').map(({ quote }) => quote.id)).toEqual([]);
  });

  it('checks a quote again when its words or its source’s text change, and forgets a deleted one', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const quote = archive.records.quotes.get('quote-klopp-legacy');
    const edited = await archive.records.quotes.update(quote.id, { ...editable(quote), text: 'I couldn’t care less about my reputation. I’m not here to create one' });
    const afterQuoteEdit = archive.quoteChecks.check(edited);
    expect(afterQuoteEdit.result).toBe('differs');
    if (afterQuoteEdit.result !== 'differs') return;
    expect(afterQuoteEdit.words.filter((word) => word.change !== 'same').map((word) => word.text.trim())).toEqual(['legacy', 'reputation']);

    const source = archive.records.sources.get(afterQuoteEdit.sourceId);
    await archive.records.sources.update(source.id, { ...editable(source), text: source.text!.replace('my legacy', 'my reputation') });
    expect(archive.quoteChecks.check(archive.records.quotes.get(quote.id))).toMatchObject({ result: 'word for word' });

    await archive.records.quotes.delete(quote.id);
    expect(archive.quoteChecks.all().some((checked) => checked.quote.id === quote.id)).toBe(false);
  });
});
