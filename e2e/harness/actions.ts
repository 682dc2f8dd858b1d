import type { Locator, Page } from '@playwright/test';

/**
 * Performs a user's actions and counts them, so a test can say how many a task takes.
 * An action is one click, one key press, one choice from a select or one field typed into;
 * `keystrokes` also counts every character typed.
 */
export class ActionCounter {
  actions = 0;
  keystrokes = 0;
  clicks = 0;
  readonly log: string[] = [];

  constructor(private readonly page: Page) {}

  async click(target: Locator, what: string): Promise<void> {
    await target.click();
    this.count(`click ${what}`);
    this.clicks += 1;
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.count(`press ${key}`);
    this.keystrokes += 1;
  }

  /** Types into the focused control, as a person at the keyboard does. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.count(`type "${text}"`);
    this.keystrokes += text.length;
  }

  /** Fills a field found by its label: one action, its characters as keystrokes (and one click to get there). */
  async fill(target: Locator, text: string, what: string): Promise<void> {
    await target.fill(text);
    this.count(`fill ${what} "${text}"`);
    this.keystrokes += text.length;
  }

  async select(target: Locator, option: string | { label: string }, what: string): Promise<void> {
    await target.selectOption(option);
    this.count(`choose ${what}`);
    this.clicks += 1;
  }

  private count(entry: string): void {
    this.actions += 1;
    this.log.push(entry);
  }
}
