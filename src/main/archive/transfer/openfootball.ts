import { z } from 'zod';
import { ArchiveError, invalidInput } from '../../../shared/contract/errors';
import type { InTrashChoice, OpenfootballDecision, OpenfootballPreview } from '../../../shared/contract/transfer';
import type { InputOf } from '../../../shared/schemas/kinds';
import type { Match, Score } from '../../../shared/schemas/match';
import { Season } from '../../../shared/schemas/season';
import type { Archive } from '../archive';
import { newRecordId } from '../recordIds';
import type { RecordChange, TrashChange } from '../store';
import { IN_TRASH_SKIPPED, restoreThenUpdate } from './inTrash';
import { importOperation } from '../operationLabels';
import { phase, type TransferControl } from './control';
import { withoutAbsent } from './csv/cellReaders';
import { clubKey, clubName, foldForMatching } from './teamNames';
import { checkOpenfootballMatches, type MatchProblem } from './openfootballChecks';

const Goals = z.tuple([z.int().min(0), z.int().min(0)]);
/** Older files name a team with an object ({ "name": ... }); newer ones with a string. */
const Team = z.union([z.string().min(1), z.object({ name: z.string().min(1) }).transform((team) => team.name)]);
/** A goal as some files list them; only counted, to check the score. */
const FileGoal = z.object({ minute: z.int().optional() });

const OpenfootballMatch = z.object({
  round: z.string().optional(),
  date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  time: z.string().optional(),
  team1: Team,
  team2: Team,
  score: z.object({ ht: Goals.optional(), ft: Goals.optional(), et: Goals.optional(), p: Goals.optional() }).optional(),
  goals1: z.array(FileGoal).optional(),
  goals2: z.array(FileGoal).optional(),
});
type OpenfootballMatch = z.infer<typeof OpenfootballMatch>;

/** football.json's season file, either shape: matches at the top, or in rounds. */
export const OpenfootballFile = z.union([
  z.object({ name: z.string().min(1), matches: z.array(OpenfootballMatch) }),
  z.object({ name: z.string().min(1), rounds: z.array(z.object({ name: z.string(), matches: z.array(OpenfootballMatch) })) }),
]);
export type OpenfootballFile = z.infer<typeof OpenfootballFile>;

export function readOpenfootball(text: string, fileName: string): OpenfootballFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ArchiveError({ code: 'invalid-input', message: `${fileName} is not valid JSON: ${(error as Error).message}` });
  }
  const parsed = OpenfootballFile.safeParse(json);
  if (!parsed.success) throw invalidInput(parsed.error, `openfootball file ${fileName}`);
  return parsed.data;
}

/** "English Premier League 2019/20" -> season 2019-20 and competition "Premier League". */
export function competitionAndSeason(name: string): { competition: string; season: string } {
  const found = /(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b/.exec(name) ?? /\b(\d{4})\b/.exec(name);
  let season = '';
  if (found?.[2]) season = `${found[1]}-${found[2].slice(-2)}`;
  else if (found?.[1]) season = found[1];
  const competition = (found ? name.replace(found[0], '') : name)
    .replace(/^(English|England|Eng\.?)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { competition: competition || name, season };
}

/** The file's matches in its order, numbered from 1: the number the editor's decisions name. */
function matchesOf(file: OpenfootballFile): Array<OpenfootballMatch & { number: number }> {
  const flat = 'matches' in file ? file.matches : file.rounds.flatMap((round) => round.matches.map((match) => ({ round: round.name, ...match })));
  return flat.map((match, index) => ({ ...match, number: index + 1 }));
}

/** The match as the editor corrected it: the fields the decision gives replace the file's. */
function corrected(match: OpenfootballMatch & { number: number }, decision: OpenfootballDecision | undefined) {
  if (decision?.action !== 'correct') return match;
  const score = { ...match.score, ...withoutAbsent({ ht: decision.ht, ft: decision.ft, et: decision.et }) };
  return { ...match, ...(decision.date ? { date: decision.date } : {}), score };
}

/** A final is played on neutral ground: the file's first team is not at home. */
const isFinal = (round: string | undefined) => /\bfinal\b/i.test(round ?? '') && !/semi|quarter/i.test(round ?? '');

const fromSide = (goals: [number, number] | undefined, ours: 0 | 1): Score | undefined =>
  goals ? { liverpool: goals[ours], opponent: goals[ours === 0 ? 1 : 0] } : undefined;

/** One openfootball match as the archive's match values, from the chosen club's side. */
function matchValues(match: OpenfootballMatch, ours: 0 | 1, competition: string, season: string | undefined, decision: OpenfootballDecision | undefined, sourceIds: readonly string[]): InputOf<'matches'> {
  const opponent = clubName(ours === 0 ? match.team2 : match.team1);
  const score = match.score;
  const penalties = fromSide(score?.p, ours);
  return withoutAbsent({
    status: score?.ft ? 'played' : 'scheduled',
    date: match.date,
    // The file's season, not the date's: a season may run past June (2019-20 into August 2020).
    ...(season ? { season } : {}),
    ...(match.time && /^\d{2}:\d{2}$/.test(match.time) ? { kickOff: match.time } : {}),
    competition,
    ...(match.round ? { stage: match.round } : {}),
    // The file lists the home side first, except on neutral ground, which it does not mark.
    ground: decision?.ground ?? (isFinal(match.round) ? 'neutral' : ours === 0 ? 'home' : 'away'),
    opponent,
    fullTime: fromSide(score?.ft, ours),
    halfTime: fromSide(score?.ht, ours),
    afterExtraTime: fromSide(score?.et, ours),
    ...(penalties ? { shootout: { ...penalties, complete: false, kicks: [] } } : {}),
    goals: [],
    sourceIds: [...new Set([...sourceIds, ...(decision?.sourceIds ?? [])])],
    tags: [],
    notes: decision?.note ?? '',
  });
}

/** "match-2019-08-09-norwich-city", as the default archive names matches, when free. */
function matchId(date: string, opponent: string, taken: (id: string) => boolean): string {
  const id = `match-${date}-${foldForMatching(opponent).replace(/ /g, '-')}`.slice(0, 80);
  return /^[a-z0-9][a-z0-9-]*$/.test(id) && !taken(id) ? id : newRecordId('matches', taken);
}

interface Plan {
  preview: OpenfootballPreview;
  changes: RecordChange[];
  trash: TrashChange[];
}

const matchKey = (date: string, opponent: string) => `${date}|${clubKey(opponent)}`;

export interface OpenfootballPlanOptions {
  team: string;
  decisions?: readonly OpenfootballDecision[];
  sourceIds?: readonly string[];
  /** A match deleted into the trash: skipped (the default), or restored and updated from the file. */
  inTrash?: InTrashChoice;
  /** When the matches are created; a rebuild that must be byte-identical fixes it. */
  now?: Date;
}

/**
 * The chosen club's matches in the file as new archive matches. Every match is checked first
 * (its season, its round's dates, its score, a second copy): a flagged match waits for the
 * editor's decision and is listed with the reason. A match the archive already has (same date,
 * same opponent) is skipped and reported, as is anything the archive's rules refuse. One
 * deleted into the trash is skipped too, or with `inTrash: 'restore'` brought back and updated.
 */
export function planOpenfootballImport(archive: Archive, file: OpenfootballFile, options: OpenfootballPlanOptions): Plan {
  const { competition, season } = competitionAndSeason(file.name);
  const fileSeason = Season.safeParse(season).success ? season : undefined;
  const wanted = clubKey(options.team);
  const decisions = new Map((options.decisions ?? []).map((decision) => [decision.match, decision]));
  const asGiven = matchesOf(file);
  const matches = asGiven.map((match) => corrected(match, decisions.get(match.number)));
  // What the file gets wrong is reported as the file has it. A correction is the editor's
  // word against the file's: the archive's own rules check it, not the file's other matches.
  const flagged = new Map<number, MatchProblem[]>();
  for (const problem of checkOpenfootballMatches(asGiven, season)) flagged.set(problem.number, [...(flagged.get(problem.number) ?? []), problem]);
  const { store } = archive;
  const known = new Set(store.list('matches').map((match: Match) => matchKey(match.date, match.opponent)));
  const trashedMatches = new Map(
    store
      .trash()
      .flatMap((entry) => (entry.kind === 'matches' ? [[matchKey(entry.record.date, entry.record.opponent), entry] as const] : [])),
  );
  const takenIds = new Set<string>();
  const taken = (id: string) => store.isTaken('matches', id) || takenIds.has(id);
  const preview: OpenfootballPreview = { format: 'openfootball', name: file.name, competition, season, team: null, matches: [], skipped: [], problems: [], inTrash: [] };
  const changes: RecordChange[] = [];
  const trash: TrashChange[] = [];
  const timestamp = (options.now ?? new Date()).toISOString();
  for (const match of matches) {
    const ours = clubKey(match.team1) === wanted ? 0 : clubKey(match.team2) === wanted ? 1 : undefined;
    if (ours === undefined) continue;
    preview.team ??= ours === 0 ? match.team1 : match.team2;
    const decision = decisions.get(match.number);
    const values = matchValues(match, ours, competition, fileSeason, decision, options.sourceIds ?? []);
    const skip = (reason: string) => preview.skipped.push({ date: match.date, opponent: values.opponent, reason });
    const given = asGiven[match.number - 1]!;
    for (const problem of flagged.get(match.number) ?? []) {
      preview.problems.push({ match: match.number, date: given.date, opponent: values.opponent, ...(match.round ? { round: match.round } : {}), check: problem.check, reason: problem.reason, decision: decision?.action ?? null });
    }
    if (decision?.action === 'skip') {
      skip(`#${match.number} skipped by the editor${decision.note ? `: ${decision.note}` : ''}`);
      continue;
    }
    const problems = flagged.get(match.number) ?? [];
    if (problems.length > 0 && !decision) {
      skip(`#${match.number} held back until you decide: ${problems.map((problem) => problem.reason).join('; ')}`);
      continue;
    }
    const key = matchKey(match.date, values.opponent);
    if (known.has(key)) {
      skip('already in the archive');
      continue;
    }
    const trashed = trashedMatches.get(key);
    if (trashed) preview.inTrash.push(trashed.record.id);
    if (trashed && (options.inTrash ?? 'skip') === 'skip') {
      skip(IN_TRASH_SKIPPED);
      continue;
    }
    try {
      const id = trashed ? trashed.record.id : matchId(match.date, values.opponent, taken);
      const after = archive.records.matches.toRecord(values, id, timestamp, timestamp);
      takenIds.add(id);
      known.add(key);
      if (trashed) {
        const restored = restoreThenUpdate(trashed, after);
        changes.push(restored.record);
        trash.push(restored.trash);
      } else changes.push({ kind: 'matches', after });
      const score = values.fullTime ? `${values.fullTime.liverpool}-${values.fullTime.opponent}` : '';
      preview.matches.push({ id, date: match.date, opponent: values.opponent, ground: values.ground, score });
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      skip(error.message);
    }
  }
  if (preview.team === null) {
    throw new ArchiveError({
      code: 'invalid-input',
      message: `team: no match in ${file.name} has a team called "${options.team}" (compared without "FC" and the country code)`,
      issues: [{ path: 'team', message: 'is in no match of the file' }],
    });
  }
  return { preview, changes, trash };
}

export interface OpenfootballImportResult {
  preview: OpenfootballPreview;
  written: boolean;
}

/** Adds the club's new matches in ONE commit; skipped ones are reported, never written. */
export async function importOpenfootball(
  archive: Archive,
  file: OpenfootballFile,
  options: OpenfootballPlanOptions & { dryRun?: boolean },
  control?: TransferControl,
): Promise<OpenfootballImportResult> {
  await phase('Reading matches', control);
  const first = planOpenfootballImport(archive, file, options);
  if (options.dryRun) archive.store.check(first.changes, first.trash);
  if (options.dryRun || first.changes.length === 0) return { preview: first.preview, written: false };
  await phase('Writing the archive', control);
  return archive.store.commit(() => {
    const plan = planOpenfootballImport(archive, file, options);
    const operation = importOperation(`openfootball ${plan.preview.competition} ${plan.preview.season}`, plan.changes);
    return { changes: { records: plan.changes, trash: plan.trash, operation }, result: { preview: plan.preview, written: plan.changes.length > 0 } };
  });
}
