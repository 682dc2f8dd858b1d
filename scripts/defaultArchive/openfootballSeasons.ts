/**
 * The Klopp-era matches of the openfootball football.json files in ../shared/data/openfootball,
 * added to the default archive through the same importer a journalist uses: every check it
 * makes is answered here, each correction with a note and the source that supports it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenfootballDecision } from '../../src/shared/contract/transfer';
import type { ArchiveDocument } from '../../src/shared/schemas/archive';
import { openArchive } from '../../src/main/archive/archive';
import { serialize } from '../../src/main/archive/durableJsonFile';
import { competitionAndSeason, importOpenfootball, readOpenfootball, type OpenfootballFile } from '../../src/main/archive/transfer/openfootball';
import { clubKey } from '../../src/main/archive/transfer/teamNames';
import { OPENFOOTBALL_DECISIONS, type DecisionSpec } from './openfootballDecisions';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'openfootball');
const REPOSITORY = 'openfootball/football.json';
const COMMIT = '25cfaf102954ebbcdc48f9c2984198b71d48610d';
/** Klopp's first and last matches: the era the archive keeps. */
const ERA = { from: '2015-10-17', to: '2024-05-19' };
const CLUB = 'Liverpool';

/** The files, one per competition and season, in the order they are imported. */
export const OPENFOOTBALL_FILES: ReadonlyArray<{ season: string; file: string }> = [
  ...['2015-16', '2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].map((season) => ({ season, file: 'en.1.json' })),
  ...['2017-18', '2018-19', '2019-20'].map((season) => ({ season, file: 'uefa.cl.json' })),
];

const sourceId = (season: string, file: string) => `source-openfootball-${season}-${file.replace('.json', '').replace(/\./g, '-')}`;

interface SeasonFile {
  season: string;
  file: string;
  contents: OpenfootballFile;
}

/** The club's matches a file lists: the archive holds them all when the import is whole. */
function clubMatches(file: OpenfootballFile): number {
  const matches = 'matches' in file ? file.matches : file.rounds.flatMap((round) => round.matches);
  return matches.filter((match) => [match.team1, match.team2].some((team) => clubKey(team) === clubKey(CLUB))).length;
}

/**
 * One reference source per file, naming the repository, the file and the commit it was copied
 * at, and how many of the club's matches of the era it lists.
 */
function openfootballSources(files: readonly SeasonFile[], stamp: string) {
  return files.map(({ season, file, contents }) => ({
    id: sourceId(season, file),
    createdAt: stamp,
    updatedAt: stamp,
    sourceIds: [],
    tags: ['openfootball'],
    title: `openfootball football.json: ${season}/${file}`,
    publisher: 'openfootball',
    url: `https://github.com/${REPOSITORY}/blob/${COMMIT}/${season}/${file}`,
    kind: 'reference' as const,
    covers: [{ competition: competitionAndSeason(contents.name).competition, season, matches: clubMatches(contents) }],
    notes: `Repository ${REPOSITORY}, file ${season}/${file}, at commit ${COMMIT}; public domain (CC0 1.0). ${file === 'en.1.json' ? `Every Premier League match of ${season}` : `The UEFA Champions League ${season}`}: dates, kick-off times, rounds, half-time and full-time scores; no scorers. Checked on import; corrections are noted on the matches.`,
  }));
}

/** The file with only the era's matches: Rodgers's first eight of 2015-16 are not Klopp's. */
function eraOnly(file: OpenfootballFile): OpenfootballFile {
  const inEra = (match: { date: string }) => match.date >= ERA.from && match.date <= ERA.to;
  return 'matches' in file ? { ...file, matches: file.matches.filter(inEra) } : { ...file, rounds: file.rounds.map((round) => ({ ...round, matches: round.matches.filter(inEra) })) };
}

/** The build's decisions for one file, each found by the date and opponent it names in the file. */
function decisionsFor(season: string, fileName: string, file: OpenfootballFile): OpenfootballDecision[] {
  const matches = 'matches' in file ? file.matches : file.rounds.flatMap((round) => round.matches);
  return OPENFOOTBALL_DECISIONS.filter((spec) => spec.season === season && spec.file === fileName).map((spec: DecisionSpec) => {
    const index = matches.findIndex((match) => match.date === spec.fileDate && [match.team1, match.team2].some((team) => clubKey(team) === clubKey(spec.opponent)));
    if (index < 0) throw new Error(`${season}/${fileName}: no match against ${spec.opponent} on ${spec.fileDate} to decide on`);
    return { match: index + 1, ...spec.decision };
  });
}

/**
 * Imports every file into the archive document, one import (one commit) per file, and makes the
 * matches already there (finals, the seed matches) cite the file too. Throws when a match is
 * held back for want of a decision, so a rebuild never drops a match silently.
 */
export async function withOpenfootballSeasons(document: ArchiveDocument, stamp: string, log: (line: string) => void): Promise<ArchiveDocument> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-default-archive-'));
  try {
    const files: SeasonFile[] = [];
    for (const { season, file } of OPENFOOTBALL_FILES) {
      files.push({ season, file, contents: eraOnly(readOpenfootball(await readFile(join(DATA, season, file), 'utf8'), `${season}/${file}`)) });
    }
    const path = join(folder, 'klopp-era.json');
    await writeFile(path, serialize({ ...document, sources: [...document.sources, ...openfootballSources(files, stamp)] }));
    const archive = await openArchive(path);
    const cited = new Map<string, string[]>();
    for (const { season, file: fileName, contents: file } of files) {
      const name = `${season}/${fileName}`;
      const source = sourceId(season, fileName);
      const decisions = decisionsFor(season, fileName, file);
      const { preview } = await importOpenfootball(archive, file, { team: CLUB, decisions, sourceIds: [source], now: new Date(stamp) });
      const flagged = new Set(preview.problems.map((problem) => problem.match));
      const needless = decisions.filter((decision) => !flagged.has(decision.match));
      if (needless.length > 0) throw new Error(`${name}: decisions for matches no check flags: ${needless.map((decision) => `#${decision.match}`).join(', ')}`);
      const waiting = preview.problems.filter((problem) => problem.decision === null);
      if (waiting.length > 0) throw new Error(`${name}: ${waiting.map((problem) => `#${problem.match} ${problem.date} ${problem.opponent}: ${problem.reason}`).join('\n')}`);
      for (const skip of preview.skipped) {
        if (skip.reason === 'already in the archive') cited.set(`${skip.date}|${clubKey(skip.opponent)}`, [...(cited.get(`${skip.date}|${clubKey(skip.opponent)}`) ?? []), source]);
        else log(`  ${name}: left out ${skip.date} ${skip.opponent}: ${skip.reason}`);
      }
      log(`${name}: ${preview.matches.length} matches imported, ${preview.problems.length} flagged and decided`);
    }
    const result = structuredClone(archive.store.data) as ArchiveDocument;
    for (const match of result.matches) {
      const sources = cited.get(`${match.date}|${clubKey(match.opponent)}`);
      if (sources) match.sourceIds = [...new Set([...match.sourceIds, ...sources])];
    }
    result.meta = document.meta;
    return result;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
