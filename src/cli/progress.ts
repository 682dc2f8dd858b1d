import type { TransferControl } from '../main/archive';
import type { CommandContext } from './command';

/** Progress on standard error, only when a person is watching (never into a pipe or a log). */
export function progressOnTerminal(ctx: CommandContext): Pick<TransferControl, 'onProgress'> {
  if (!process.stderr.isTTY) return {};
  return {
    onProgress: ({ phase, done, total }) => {
      const share = total > 0 ? Math.round((done / total) * 100) : 100;
      ctx.err(`\r${phase}: ${share}%   ${done === total ? '\n' : ''}`);
    },
  };
}
