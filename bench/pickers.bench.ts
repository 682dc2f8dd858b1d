/**
 * The type-ahead pickers (speaker, scorer, kick taker...) over 5,000 people: folding the list
 * once (what a picker does when the people change), and each keystroke's search, typed one
 * letter at a time as an editor types a name, an accent-free spelling or an alias.
 *   npm run bench -- --only pickers [--people 5000] [--rounds 20]
 */
import type { Person } from '../src/shared/schemas/person';
import { findEntries, pickerEntries } from '../src/renderer/src/pickers/pickerEntries';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { createRandom } from './synthetic/random';

const FIRST = ['Jürgen', 'Ibrahima', 'Virgil', 'Mohamed', 'Sadio', 'Trent', 'Andrew', 'Jordan', 'Joël', 'Dominik', 'Luis', 'Cody', 'Darwin', 'Alexis', 'Curtis', 'Kostas', 'Wataru', 'Stefan', 'Caoimhín', 'Fábio'];
const LAST = ['Klopp', 'Konaté', 'van Dijk', 'Salah', 'Mané', 'Alexander-Arnold', 'Robertson', 'Henderson', 'Matip', 'Szoboszlai', 'Díaz', 'Gakpo', 'Núñez', 'Mac Allister', 'Jones', 'Tsimikas', 'Endō', 'Bajčetić', 'Kelleher', 'Carvalho'];
/** What an editor types, one keystroke at a time: a name, an accent-free spelling, an alias, two words. */
const TYPED = ['konate', 'juergen kl', 'endo', 'nunez 41', 'mac allister', 'zzz'];

function people(count: number): Person[] {
  const random = createRandom(15);
  const stamp = '2026-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, index) => {
    const name = `${random.pick(FIRST)} ${random.pick(LAST)} ${index}`;
    return {
      id: `person-${index}`,
      name,
      aliases: [name.normalize('NFD').replace(/\p{M}/gu, ''), `${name.split(' ')[1]} ${index}`],
      role: random.pick(['player', 'staff', 'opponent', 'journalist'] as const),
      club: random.pick(['Liverpool', 'Everton', 'Manchester City', 'Real Madrid']),
      sourceIds: [],
      tags: [],
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    } as Person;
  });
}

function numberArg(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const pickersBench: Bench = {
  name: 'pickers',
  run(ctx: BenchContext) {
    const count = numberArg(ctx.args, '--people', 5_000);
    const rounds = numberArg(ctx.args, '--rounds', 20);
    const list = people(count);
    const folds: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // A new array each round, as after an edit: the fold is cached per version of the list.
      const version = [...list];
      const start = performance.now();
      pickerEntries('people', version);
      folds.push(performance.now() - start);
    }
    ctx.report(summarize('pickers: fold the people once', count, folds));

    const entries = pickerEntries('people', list);
    const keystrokes: number[] = [];
    let shown = 0;
    for (let round = 0; round < rounds; round++) {
      for (const typed of TYPED) {
        for (let length = 1; length <= typed.length; length++) {
          const start = performance.now();
          shown += findEntries(entries, typed.slice(0, length)).entries.length;
          keystrokes.push(performance.now() - start);
        }
      }
    }
    ctx.report(summarize('pickers: one keystroke', count, keystrokes, { queries: TYPED.length, shown_per_keystroke: Math.round(shown / keystrokes.length) }));
  },
};
