import type { RecordKind } from '../../../shared/schemas/common';

/** One change the editor made, able to take itself back and to do itself again. */
export interface Command {
  /** How the Edit menu and notices name it: "Edit quote “…”". */
  label: string;
  /** The kinds of record it changes, so the lists showing them can refresh. */
  kinds: readonly RecordKind[];
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * The session's changes, newest last. Every step runs one at a time, in the order asked,
 * so a quick Ctrl+Z, Ctrl+Z never undoes two changes at once or one change twice.
 */
export class CommandHistory {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** Performs a change and remembers it; a new change forgets what was undone. */
  perform<T>(change: () => Promise<{ result: T; command: Command }>): Promise<{ result: T; command: Command }> {
    return this.serial(async () => {
      const outcome = await change();
      this.done.push(outcome.command);
      this.undone.length = 0;
      this.notify();
      return outcome;
    });
  }

  /** Takes back the newest change; null when there is none. A failed undo stays undoable. */
  undo(): Promise<Command | null> {
    return this.serial(async () => {
      const command = this.done.at(-1);
      if (!command) return null;
      await command.undo();
      this.done.pop();
      this.undone.push(command);
      this.notify();
      return command;
    });
  }

  redo(): Promise<Command | null> {
    return this.serial(async () => {
      const command = this.undone.at(-1);
      if (!command) return null;
      await command.redo();
      this.undone.pop();
      this.done.push(command);
      this.notify();
      return command;
    });
  }

  state(): HistoryState {
    return { undoLabel: this.done.at(-1)?.label ?? null, redoLabel: this.undone.at(-1)?.label ?? null };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
