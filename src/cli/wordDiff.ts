import type { WordChange } from '../shared/contract/history';

/** Words that changed, as git's word diff writes them: [-removed-]{+added+}. */
export const wordDiff = (words: readonly WordChange[]): string =>
  words.map((word) => (word.change === 'added' ? `{+${word.text}+}` : word.change === 'removed' ? `[-${word.text}-]` : word.text)).join('');
