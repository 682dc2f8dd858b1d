import { runCli } from '../cli/runCli';

/** klopp-archive run in this process, its output captured: quick for tests of one command. */
export async function runCliInProcess(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
