import { readFile, writeFile } from 'node:fs/promises';
import type { ArchiveDocument } from '../shared/schemas/archive';
import type { Match } from '../shared/schemas/match';
import { tempArchiveFile } from './tempArchive';

/**
 * A copy of the default archive without the matches `leave` picks (those no other record
 * refers to), for a test that imports them again.
 */
export async function tempArchiveWithout(leave: (match: Match) => boolean): Promise<string> {
  const file = await tempArchiveFile();
  const document = JSON.parse(await readFile(file, 'utf8')) as ArchiveDocument;
  const referred = new Set([...document.quotes.map((quote) => quote.matchId), ...document.trophies.map((trophy) => trophy.decidingMatchId), ...document.milestones.map((milestone) => milestone.matchId)]);
  document.matches = document.matches.filter((match) => referred.has(match.id) || !leave(match));
  await writeFile(file, JSON.stringify(document));
  return file;
}
