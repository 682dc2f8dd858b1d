import type { Contract, InputOf, OutputOf } from './operation';
import { channelName } from './operation';
import { ArchiveError } from './errors';
import { ResultEnvelope } from './result';

type Method<Op> = undefined extends InputOf<Op>
  ? (input?: InputOf<Op>) => Promise<OutputOf<Op>>
  : (input: InputOf<Op>) => Promise<OutputOf<Op>>;

export type ClientOf<C extends Contract> = { [G in keyof C]: { [N in keyof C[G]]: Method<C[G][N]> } };

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The typed client over any transport: Electron's ipcRenderer.invoke in preload, a page
 * binding in the browser tests. Errors come back as data and are thrown as ArchiveError.
 */
export function buildClient<C extends Contract>(contract: C, invoke: Invoke): ClientOf<C> {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [group, operations] of Object.entries(contract)) {
    const methods: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(operations)) {
      const channel = channelName(group, name);
      methods[name] = async (input?: unknown) => {
        const envelope = ResultEnvelope.safeParse(await invoke(channel, input));
        if (!envelope.success) {
          throw new ArchiveError({ code: 'internal', message: `The archive gave a malformed answer to ${channel}` });
        }
        if (!envelope.data.ok) throw new ArchiveError(envelope.data.error);
        return envelope.data.value;
      };
    }
    client[group] = methods;
  }
  return client as ClientOf<C>;
}
