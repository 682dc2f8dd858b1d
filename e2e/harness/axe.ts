import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** The rules the app is held to: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per violation and the first elements it was found on, so a failure reads as a to-do list. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`);
      const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
      return [`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/**
 * Runs axe-core over what the page shows now (an open dialog or editor included) and fails
 * with the list of WCAG 2.1 AA violations. Call it on every new view and dialog:
 *   await expectNoAxeViolations(app, 'quotes editor, dark');
 */
export async function expectNoAxeViolations(page: Page, where = 'the page'): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  // Soft: one run lists the violations of every view it visits, not only the first.
  expect.soft(results.violations.length, `axe found WCAG 2.1 AA violations in ${where}:\n${describeViolations(results.violations)}`).toBe(0);
}
