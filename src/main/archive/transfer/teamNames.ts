import { foldedTerms } from '../../../shared/search/normalize';

/** A name as the archive compares names: case, accents and punctuation aside ("Jürgen" = "jurgen"). */
export function foldForMatching(name: string): string {
  return foldedTerms(name).join(' ');
}

/** Words that say what kind of club, not which: "Liverpool FC" is Liverpool. */
const CLUB_WORDS = new Set(['fc', 'afc', 'cf', 'sc', 'ac']);

/** "Liverpool FC (ENG)" as a club's plain name: "Liverpool". */
export function clubName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .split(/\s+/)
    .filter((word) => !CLUB_WORDS.has(word.toLowerCase().replace(/\./g, '')))
    .join(' ')
    .trim();
}

/** The key two spellings of one club share: "Liverpool FC (ENG)", "liverpool" and "Liverpool F.C." agree. */
export function clubKey(name: string): string {
  return foldForMatching(clubName(name));
}
