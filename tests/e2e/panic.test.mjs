// The app's own failure: a WebAssembly trap (what a panic becomes in the
// browser build, after the panic hook has run) is reported on the page with a
// Reload button, and reloading brings the app back on the same page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, openPage, appReady, SHOTS } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('a wasm trap shows a notice with Reload, and reloading restores the page', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/ports');
  await appReady(page);
  await page.waitForSelector('#main');
  // The trap the browser reports when the instance aborts, with a hostile message.
  await page.evaluate(() => {
    const error = new WebAssembly.RuntimeError('unreachable <img src=x onerror="window.__xss=1">');
    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  });
  const notice = page.locator('#panic-notice[role="alert"]');
  await notice.waitFor({ state: 'visible', timeout: 5000 });
  const text = await notice.textContent();
  assert.match(text, /internal error/);
  assert.match(text, /Reload/);
  assert.match(text, /<img src=x/, 'the message is shown as text');
  assert.equal(await page.locator('#panic-notice img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  // The Reload button has the focus, so a keyboard user can act at once.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'panic-reload');
  await page.screenshot({ path: join(SHOTS, 'panic-notice.png') });

  await Promise.all([page.waitForEvent('load'), page.click('#panic-reload')]);
  await appReady(page);
  assert.equal(await page.locator('#panic-notice').count(), 0);
  assert.ok(page.url().endsWith('#/ports'), page.url());
  // The app works again: the ports page checks what is typed.
  await page.waitForSelector('input');
  await context.close();
});

test('errors that are not wasm traps do not raise the notice', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/');
  await appReady(page);
  await page.evaluate(() => {
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x'), message: 'x' }));
  });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#panic-notice').count(), 0);
  await context.close();
});
