import { ArchiveError, invalidInput } from '../../shared/contract/errors';
import { channelName, type Contract, type Operation } from '../../shared/contract/operation';
import type { Result } from '../../shared/contract/result';
import type { HandlersOf } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

type AnyHandler = (input: unknown) => unknown;

/**
 * Turns a message into a result: the channel must be in the contract, the input must pass
 * its schema before any handler sees it, and every failure comes back as data.
 */
export function createDispatch<C extends Contract>(contract: C, handlers: HandlersOf<C>): Dispatch {
  const routes = new Map<string, { operation: Operation; handler: AnyHandler }>();
  for (const [group, operations] of Object.entries(contract)) {
    for (const [name, operation] of Object.entries(operations)) {
      const handler = (handlers as Record<string, Record<string, AnyHandler>>)[group]?.[name];
      if (!handler) throw new Error(`No handler for ${channelName(group, name)}`);
      routes.set(channelName(group, name), { operation, handler });
    }
  }
  return async (channel, input) => {
    const route = typeof channel === 'string' ? routes.get(channel) : undefined;
    if (!route) {
      // Never String() what came in: an object can make that throw.
      const name = typeof channel === 'string' ? channel.slice(0, 100) : `(a ${typeof channel})`;
      return failure(new ArchiveError({ code: 'forbidden', message: `Unknown operation "${name}"` }));
    }
    let parsed: ReturnType<typeof route.operation.input.safeParse>;
    try {
      parsed = route.operation.input.safeParse(input);
      if (!parsed.success) return failure(invalidInput(parsed.error));
    } catch {
      // Found by fuzzing: zod's message for some hostile objects (a `constructor` key whose name
      // cannot become a string) throws while describing the input. It is still just bad input.
      return failure(new ArchiveError({ code: 'invalid-input', message: `Invalid input for ${channel}: it is not plain data of the expected shape` }));
    }
    try {
      return { ok: true, value: await route.handler(parsed.data) };
    } catch (error) {
      if (error instanceof ArchiveError) return failure(error);
      return failure(new ArchiveError({ code: 'internal', message: `${channel} failed: ${(error as Error)?.message ?? String(error)}` }));
    }
  };
}

export function dispatchChannels(contract: Contract): string[] {
  return Object.entries(contract).flatMap(([group, operations]) => Object.keys(operations).map((name) => channelName(group, name)));
}

function failure(error: ArchiveError): Result<never> {
  return { ok: false, error: error.toData() };
}
