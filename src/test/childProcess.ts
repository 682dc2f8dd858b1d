import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Child {
  process: ChildProcessWithoutNullStreams;
  /** Every complete stdout line so far. */
  lines: string[];
  /** Resolves with the first line (from now on or already seen) that matches. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves once the process has exited (and its stdout is drained). */
  exited: Promise<void>;
}

/** Runs `node script ...args`, collecting stdout line by line. */
export function startChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let partial = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const waitForLine = (match: (line: string) => boolean, timeoutMs = 10_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.find(match);
        if (found === undefined) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`No matching line from the child within ${timeoutMs} ms; stdout: ${lines.join(' | ')}; stderr: ${stderr}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
      void exited.then(() => check() || (clearTimeout(timer), reject(new Error(`The child exited without the line; stdout: ${lines.join(' | ')}; stderr: ${stderr}`))));
    });
  return { process: child, lines, waitForLine, exited };
}
