import { CONTENT_SECURITY_POLICY } from '../src/main/csp';
import { expect, test } from './harness/fixtures';

/*
 * What the page itself enforces, proven in Chromium on the BUILT renderer (out/renderer, whose
 * index.html carries the policy in a meta tag). The Electron-only walls (context isolation,
 * sandbox, navigation and window.open refused, permissions denied) cannot run here, Electron's
 * binary being unavailable: they are covered by src/main/windowOptions.test.ts and
 * src/main/lockDown.test.ts over small interfaces.
 */

test('the built page carries the strict Content-Security-Policy', async ({ app }) => {
  await expect(app.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
});

// (eval is not tested here: Playwright's own evaluate runs through DevTools, which the policy exempts; 'unsafe-eval' is absent from the policy asserted above.)
test('an injected inline script or inline event handler does not run', async ({ app }) => {
  const outcome = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "inline script ran"';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__injected = "inline handler ran"');
    image.src = 'data:image/png;base64,not-an-image';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { injected: (window as unknown as { __injected?: string }).__injected ?? 'nothing ran', violations };
  });
  expect(outcome.injected).toBe('nothing ran');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('the page has no Node: typeof require, process and module are undefined', async ({ app }) => {
  expect(await app.evaluate(() => [typeof (globalThis as Record<string, unknown>)['require'], typeof (globalThis as Record<string, unknown>)['process'], typeof (globalThis as Record<string, unknown>)['module']])).toEqual([
    'undefined',
    'undefined',
    'undefined',
  ]);
  // window.archive is the only door, and it is the contract's client, not ipcRenderer.
  expect(await app.evaluate(() => Object.keys((window as unknown as { archive: object }).archive).sort())).toContain('safety');
});

test('no remote content loads and no form leaves: images, frames, fetch and posts are blocked by the policy', async ({ app, rendererUrl }) => {
  const answered: string[] = [];
  const failed: string[] = [];
  const isRemote = (url: string) => !url.startsWith(rendererUrl) && !url.startsWith('data:');
  app.on('response', (response) => isRemote(response.url()) && answered.push(response.url()));
  app.on('requestfailed', (request) => isRemote(request.url()) && failed.push(`${request.url()} ${request.failure()?.errorText}`));
  const result = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const image = document.createElement('img');
    image.src = 'https://example.com/tracker.png';
    document.body.append(image);
    const frame = document.createElement('iframe');
    frame.src = 'https://example.com/';
    document.body.append(frame);
    const fetched = await fetch('https://example.com/api').then(
      () => 'fetched',
      () => 'refused',
    );
    const form = document.createElement('form');
    form.action = 'https://example.com/steal';
    form.method = 'post';
    document.body.append(form);
    form.submit();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { fetched, violations };
  });
  expect(result.fetched).toBe('refused');
  expect(result.violations).toEqual(expect.arrayContaining(['img-src', 'frame-src', 'connect-src', 'form-action']));
  expect(app.url()).toBe(rendererUrl);
  // Chromium may announce the image request, but the policy stops it before the network: nothing answers.
  expect(answered).toEqual([]);
  for (const failure of failed) expect(failure).toMatch(/csp|blocked/i);
});
