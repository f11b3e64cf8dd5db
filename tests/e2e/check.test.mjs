// End-to-end tests of "Check everything" (#/check) in headless Chromium: a
// kit chosen as a folder, dropped as a zip, and dropped as loose files; every
// file recognised, every report shown, the cross-file findings shown; a wrong
// guess corrected with the kind selector. The page clock is set to the kits'
// test instant, which the page passes to the core as "now".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, ROOT, SHOTS } from './harness.mjs';

const FIX = join(ROOT, 'tests', 'fixtures', 'check');
const NOW = new Date('2026-06-01T00:01:00Z');

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function checkPage(viewport) {
  const { context, page } = await openPage(browser, viewport ? { viewport } : {});
  await page.clock.setFixedTime(NOW);
  await page.goto(origin + '/#/check');
  await page.waitForSelector('.page[data-tool="check"]');
  return { context, page };
}

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** Drop files (and their relative names) on the drop zone, as a drag from the desktop does. */
async function drop(page, files) {
  const dt = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, files.map((f) => ({ name: f.name, b64: f.buffer.toString('base64') })));
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dt });
}

async function folderFiles(dir) {
  const names = (await readdir(join(FIX, dir))).sort();
  return Promise.all(names.map(async (name) => ({ name, buffer: await readFile(join(FIX, dir, name)) })));
}

async function results(page) {
  await page.waitForSelector('section.verdict', { timeout: 30000 });
  return page.$$eval('table.check-file-table tr.file-row', (rows) =>
    rows.map((r) => ({ path: r.dataset.path, kind: r.dataset.kind })));
}

const KINDS = ['cert', 'cron', 'csv-users', 'directory', 'saml-metadata', 'saml-response'];

test('a kit chosen as a folder: every file recognised, every report shown, no cross-file finding', async () => {
  const { context, page } = await checkPage();
  await page.setInputFiles('#check-folder', join(FIX, 'kits', 'okta'));
  const rows = await results(page);
  assert.equal(rows.length, 10, JSON.stringify(rows));
  assert.ok(rows.every((r) => r.path.startsWith('okta/')), JSON.stringify(rows));
  assert.deepEqual([...new Set(rows.map((r) => r.kind))].sort(), KINDS);
  assert.equal(rows.filter((r) => r.kind === 'directory').length, 4);
  assert.equal(await page.getAttribute('section.verdict', 'data-verdict'), 'pass');
  assert.equal(await page.getAttribute('.area[data-area="sso"]', 'data-verdict'), 'pass');
  assert.equal(await page.getAttribute('.area[data-area="network"]', 'data-verdict'), 'not-checked');
  assert.equal(await page.locator('details.file-report').count(), 10);
  // The response was checked against the kit's metadata: its signature is trusted.
  const response = page.locator('details.file-report[data-kind="saml-response"]');
  await response.locator('summary').click();
  await response.locator('.finding[data-rule="saml-response/signature-trusted"]').waitFor();
  assert.match(await response.textContent(), /Checked with okta\/metadata\.xml/);
  assert.equal(await page.locator('.cross-file .finding').count(), 0);
  await shot(page, 'check-folder');
  assert.deepEqual(page.problems, []);
  assert.ok(page.requests.every((u) => u.startsWith(origin)), page.requests.join('\n'));
  await context.close();
});

test('a kit dropped as a folder (a real drag from the file manager) is read recursively', async () => {
  const { context, page } = await checkPage();
  // Chromium's DevTools protocol drags real paths, as the desktop does: the
  // page reads the folder through the File and Directory Entries API.
  const box = await page.locator('.drop-zone').boundingBox();
  const cdp = await context.newCDPSession(page);
  const data = { items: [], files: [join(FIX, 'kits', 'entra')], dragOperationsMask: 1 };
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  }
  const rows = await results(page);
  assert.equal(rows.length, 10, JSON.stringify(rows));
  assert.ok(rows.every((r) => r.path.startsWith('entra/')), JSON.stringify(rows));
  assert.deepEqual([...new Set(rows.map((r) => r.kind))].sort(), KINDS);
  assert.equal(await page.getAttribute('.area[data-area="sso"]', 'data-verdict'), 'warnings');
  assert.equal(await page.locator('.cross-file .finding').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a kit dropped as a zip is opened and checked like the folder', async () => {
  const { context, page } = await checkPage();
  await drop(page, [{ name: 'okta.zip', buffer: await readFile(join(FIX, 'kits', 'okta.zip')) }]);
  const rows = await results(page);
  assert.equal(rows.length, 10, JSON.stringify(rows));
  assert.ok(rows.every((r) => r.path.startsWith('okta.zip/okta/')), JSON.stringify(rows));
  assert.deepEqual([...new Set(rows.map((r) => r.kind))].sort(), KINDS);
  assert.equal(await page.getAttribute('section.verdict', 'data-verdict'), 'pass');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('loose files of a broken kit: the cross-file findings are shown and the verdict fails', async () => {
  const { context, page } = await checkPage();
  await page.fill('#check-domains', 'example.com');
  await page.dispatchEvent('#check-domains', 'change');
  await drop(page, await folderFiles('variants/destination-mismatch'));
  await results(page);
  const cross = page.locator('.cross-file');
  await cross.locator('.finding[data-rule="check/destination-not-sp-acs"]').first().waitFor();
  assert.equal(await cross.locator('.finding[data-rule="check/destination-not-sp-acs"]').count(), 2);
  assert.match(await cross.textContent(), /idbroker-eu\.webex\.com/);
  assert.equal(await page.getAttribute('section.verdict', 'data-verdict'), 'fail');
  assert.equal(await page.getAttribute('.area[data-area="sso"]', 'data-verdict'), 'fail');
  assert.equal(await page.getAttribute('.area[data-area="users"]', 'data-verdict'), 'pass');
  await shot(page, 'check-cross-file');

  // Another kit with users outside the claimed domain.
  await drop(page, await folderFiles('variants/email-domain-not-claimed'));
  await cross.locator('.finding[data-rule="check/email-domain-not-claimed"]').first().waitFor();
  assert.equal(await page.getAttribute('.area[data-area="users"]', 'data-verdict'), 'warnings');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('unknown files are listed, and a wrong guess can be corrected', async () => {
  const { context, page } = await checkPage({ width: 390, height: 844 });
  await drop(page, await folderFiles('variants/unknown-file'));
  const rows = await results(page);
  assert.deepEqual(rows.filter((r) => r.kind === 'unknown').map((r) => r.path).sort(), ['README.txt', 'notes.docx']);
  assert.equal(await page.locator('.cross-file .finding[data-rule="check/file-not-recognised"]').count(), 2);
  await page.selectOption('tr.file-row[data-path="README.txt"] select.kind', 'cron');
  await page.waitForSelector('tr.file-row[data-path="README.txt"][data-kind="cron"]');
  assert.match(await page.textContent('tr.file-row[data-path="README.txt"]'), /chosen by you/);
  // Prose is not a schedule: the cron tool's own report says so.
  assert.ok(await page.locator('details.file-report[data-path="README.txt"] .finding.error').count() >= 1);
  // Nothing is wider than the phone's screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await shot(page, 'check-phone');
  assert.deepEqual(page.problems, []);
  await context.close();
});
