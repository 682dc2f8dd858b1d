import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { ArchiveDocument } from '../../src/shared/schemas/archive';

/** The archive as it is on disk now. */
export async function readArchive(file: string): Promise<ArchiveDocument> {
  return JSON.parse(await readFile(file, 'utf8')) as ArchiveDocument;
}

export async function openView(app: Page, name: string): Promise<void> {
  await app.getByRole('navigation', { name: 'Archive' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await app.getByRole('heading', { level: 1, name }).waitFor();
}

/** The control that has the keyboard: its label, or its accessible name. */
export function focusedName(app: Page): Promise<string> {
  return app.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab until the named control has the keyboard, as someone without a mouse would. */
export async function tabTo(app: Page, name: string | RegExp, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    const current = await focusedName(app);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    await app.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(name)} (last: ${await focusedName(app)})`);
}

/** Stands in for preload's window.appMenu, so a test can choose items of the native menu. */
export async function withFakeMenu(app: Page): Promise<(action: string) => Promise<void>> {
  await app.addInitScript(() => {
    const listeners = new Set<(action: string) => void>();
    Object.assign(window, {
      appMenu: {
        onAction(listener: (action: string) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      __chooseMenuItem: (action: string) => listeners.forEach((listener) => listener(action)),
    });
  });
  await app.reload();
  return (action) => app.evaluate((chosen) => (window as unknown as { __chooseMenuItem(action: string): void }).__chooseMenuItem(chosen), action);
}

/** Steps a focused select through its options with the arrow key until `label` is chosen. */
export async function arrowToOption(app: Page, label: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    const chosen = await app.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLSelectElement ? element.selectedOptions[0]?.textContent ?? '' : null;
    });
    if (chosen === null) throw new Error('arrowToOption: the focus is not on a select');
    if (chosen === label) return;
    await app.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never reached ${label}`);
}

/** The open record's reading page. */
export function recordPage(app: Page) {
  return app.getByRole('article');
}

/** Turns the open record's page into its form, as its Edit button does. */
export async function editOpenRecord(app: Page): Promise<void> {
  await recordPage(app).getByRole('button', { name: 'Edit', exact: true }).click();
}

/** Chooses a record in a type-ahead picker: types part of one of its names, then clicks it in the list. */
export async function pick(scope: Page | Locator, label: string, typed: string, option: string | RegExp): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await scope.getByRole('option', { name: option }).first().click();
}

/**
 * A row of the Matches list, found through the list's filter: with every league match of the
 * era the list is long, and only the rows in view are in the page.
 */
export async function matchRow(app: Page, text: string): Promise<Locator> {
  await app.getByLabel('Filter matches').fill(text);
  return app.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: text }).first();
}
