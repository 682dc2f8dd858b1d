import type { FileDialogs } from '../../src/main/api/fileDialogs';

/**
 * File dialogs for the browser tests: each question is recorded, and answered with the next
 * path the test queued (or null, as if the user cancelled). Main still does the file work.
 */
export class FakeDialogs implements FileDialogs {
  readonly asked: string[] = [];
  private readonly answers: Array<string | null> = [];

  answer(...paths: Array<string | null>): void {
    this.answers.push(...paths);
  }

  private next(title: string): Promise<string | null> {
    this.asked.push(title);
    return Promise.resolve(this.answers.length > 0 ? (this.answers.shift() ?? null) : null);
  }

  chooseSaveFile = ({ title }: { title: string }) => this.next(title);
  chooseOpenFile = ({ title }: { title: string }) => this.next(title);
  chooseFolder = ({ title }: { title: string }) => this.next(title);
}
