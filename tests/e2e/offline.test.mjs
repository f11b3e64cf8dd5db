// Offline, proven (headless Chromium): after one visit every tool page
// loads and checks an input with the network off; a new build replaces the
// cached one cleanly; the single-file build runs every tool from file://
// without a single request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist, launch, openPage, appReady, DIST, ROOT, SHOTS } from './harness.mjs';

let server, origin, setRoot, browser;
const spare = mkdtempSync(join(process.env.TMPDIR || '/tmp', 'preflight-build-b-'));
before(async () => {
  ({ server, origin, setRoot } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(spare, { recursive: true, force: true });
});

const FIX = join(ROOT, 'tests/fixtures');
const dirSet = (d) => readdirSync(join(FIX, d)).map((f) => join(FIX, d, f));

// Per tool: what to give its page, and the finding that proves the core ran.
const CASES = [
  ['check', async (p) => p.setInputFiles('#check-files', [join(FIX, 'csv/messy_values.csv')]), 'csv/email-invalid'],
  ['saml-metadata', async (p) => p.fill('#tool-input', '<x/>'), 'saml/not-metadata'],
  ['saml-response', async (p) => p.fill('#tool-input', 'garbage'), 'saml-response/not-decodable'],
  ['cert', async (p) => p.fill('#tool-input', 'not a cert'), 'x509/unreadable'],
  ['cron', async (p) => p.fill('#cron-expr', '0 0 25 * * ?'), 'cron/out-of-range'],
  ['csv-users', async (p) => p.setInputFiles('.input-area input[type=file]', join(FIX, 'csv/messy_values.csv')), 'csv/email-invalid'],
  ['directory', async (p) => p.setInputFiles('.input-area input[type=file]', dirSet('directory/broken/blank-line')), 'directory/blank-line'],
  ['srv', async (p) => p.fill('#srv-domain', 'bad domain'), 'srv/name-invalid-character'],
  ['ports', async (p) => { await p.fill('#p2p-min', '1034'); await p.fill('#p2p-max', '1024'); }, 'ports/max-not-greater'],
  ['firewall', async (p) => p.fill('#fw-p2p', 'abc'), 'firewall/p2p-range-syntax'],
  ['broadworks', async (p) => p.fill('#bw-code-query', '999999'), 'broadworks/unknown-code'],
];

async function runEveryTool(page, open) {
  for (const [tool, give, rule] of CASES) {
    await open(tool);
    await page.waitForSelector(`.page[data-tool="${tool}"]`, { timeout: 20000 });
    await give(page);
    await page.waitForSelector(`.finding[data-rule="${rule}"]`, { timeout: 20000 });
  }
}

/** Poll `fn` in the page until it answers true (waitForFunction would take
 * an async predicate's Promise itself as true). */
async function until(page, fn, arg, timeout = 30000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await page.waitForTimeout(100);
  }
}

/** Wait until this build's service worker controls the page and has cached it all. */
async function controlled(page) {
  await until(page, async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(navigator.serviceWorker.controller && reg?.active?.state === 'activated');
  });
  return page.evaluate(() => caches.keys());
}

test('offline: after one visit, every tool page loads and checks an input with the network off', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/');
  await appReady(page);
  const cachesBefore = await controlled(page);
  assert.equal(cachesBefore.length, 1);
  assert.match(cachesBefore[0], /^preflight-[0-9a-f]{16}$/, 'the cache is named after the build');
  // Every file of the build is precached, the lazily loaded ones included.
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), cachesBefore[0]);
  const table = readFileSync(join(DIST, 'boot.js'), 'utf8').split('const BUNDLES = {')[1].split('};')[0];
  const pages = [...new Set([...table.matchAll(/: '([a-z-]+)'/g)].map((m) => m[1]))];
  assert.ok(pages.length >= 8, `page bundles found in boot.js: ${pages}`);
  for (const f of ['/preflight-worker_bg.wasm', '/worker.js', '/preflight-app-home_bg.wasm', ...pages.map((b) => `/preflight-app-${b}_bg.wasm`)]) {
    assert.ok(cached.includes(f), `${f} is precached (cached: ${cached.join(' ')})`);
  }
  assert.ok(!cached.includes('/preflight-web_bg.wasm'), 'the single-file build\'s wasm is not the app\'s');
  await context.setOffline(true);
  // A full load of each page (the query string makes it a new document).
  await runEveryTool(page, (tool) => page.goto(`${origin}/?page=${tool}#/${tool}`));
  await page.screenshot({ path: join(SHOTS, 'offline-broadworks.png') });
  const problems = page.problems.filter((p) => !/sw\.js|ERR_INTERNET_DISCONNECTED/.test(p));
  assert.deepEqual(problems, []);
  await context.close();
});

test('offline: a new build served afterwards replaces the cached one, never mixed', async () => {
  // Build B: the same files, a marked page and a new build hash.
  cpSync(DIST, spare, { recursive: true });
  const sw = readFileSync(join(spare, 'sw.js'), 'utf8');
  const buildA = sw.match(/const BUILD = '([0-9a-f]+)'/)[1];
  writeFileSync(join(spare, 'sw.js'), sw.replace(`const BUILD = '${buildA}'`, `const BUILD = '${buildA}b'`));
  const html = readFileSync(join(spare, 'index.html'), 'utf8');
  writeFileSync(join(spare, 'index.html'), html.replace('<title>', '<meta name="preflight-test-build" content="B">\n  <title>'));

  const { context, page } = await openPage(browser);
  try {
    setRoot(DIST);
    await page.goto(origin + '/#/ports');
    await appReady(page);
    assert.deepEqual(await controlled(page), [`preflight-${buildA}`]);
    // B goes live. The next visit still opens A from its cache, finds B,
    // and (nothing typed yet) moves into it.
    setRoot(spare);
    await page.reload();
    await page.waitForSelector('meta[name="preflight-test-build"][content="B"]', { state: 'attached', timeout: 30000 });
    await appReady(page);
    await until(page, async (b) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === `preflight-${b}`;
    }, `${buildA}b`);
    // Build B's page works.
    await page.fill('#p2p-min', '1034');
    await page.fill('#p2p-max', '1024');
    await page.waitForSelector('.finding[data-rule="ports/max-not-greater"]');

    // With something typed, a newer build is offered, not forced.
    const swB = readFileSync(join(spare, 'sw.js'), 'utf8');
    writeFileSync(join(spare, 'sw.js'), swB.replace(`const BUILD = '${buildA}b'`, `const BUILD = '${buildA}c'`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('#update-note', { timeout: 30000 });
    assert.equal(await page.inputValue('#p2p-min'), '1034', 'what was typed is still there');
    await page.screenshot({ path: join(SHOTS, 'update-note.png') });
    await page.click('#update-note button');
    await page.waitForSelector('#update-note', { state: 'detached', timeout: 30000 });
    await appReady(page);
    await until(page, async (c) => (await caches.keys()).join() === `preflight-${c}`, `${buildA}c`);
  } finally {
    setRoot(DIST);
    await context.close();
  }
});

test('standalone file: every tool runs from file:// with no request at all', async () => {
  const { context, page } = await openPage(browser);
  const file = pathToFileURL(join(DIST, 'preflight-standalone.html')).href;
  await page.goto(file);
  await appReady(page);
  await runEveryTool(page, (tool) => page.evaluate((t) => { location.hash = `#/${t}`; }, tool));
  const foreign = page.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && u !== file);
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});
