// End-to-end tests of the Directory files page (#/directory) in headless
// Chromium: the four files of a run set on the file input at once render
// per-file findings, cross-file findings and the group tree; a UTF-8 file is
// downloaded converted to ISO-8859-1 and the set then re-validates clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openPage, ROOT, SHOTS } from './harness.mjs';

const FIX = join(ROOT, 'tests', 'fixtures', 'directory');
const KINDS = ['userFile', 'userInactivation', 'groupFile', 'groupDeletion'];
const DAY = '2026-03-02';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The clean set, with `replace` = { kind: 'broken/<rule>' } taking a file from elsewhere. */
async function set(replace = {}) {
  return Promise.all(KINDS.map(async (k) => {
    const name = `${k}_${DAY}_1.csv`;
    return { name, mimeType: 'text/csv', buffer: await readFile(join(FIX, replace[k] ?? 'clean', name)) };
  }));
}

async function directoryPage() {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/directory');
  await page.waitForSelector('.page[data-tool="directory"]');
  return { context, page };
}

const pick = (page, files) => page.setInputFiles('.input-area input[type=file]', files);
const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('four files at once: per-file findings, cross-file findings and the group tree', async () => {
  const { context, page } = await directoryPage();
  await pick(page, await set({ groupFile: 'broken/group-cycle', userInactivation: 'broken/user-provisioned-and-inactivated' }));
  await page.waitForSelector('table.directory-files tr.file-row');
  assert.equal(await page.locator('table.directory-files tr.file-row').count(), 4);
  assert.match(await page.textContent('tr.file-row[data-file^="userFile"] .encoding'), /ISO-8859-1/);
  // Cross-file: the cycle, spelled out, and the user both provisioned and inactivated.
  const cross = page.locator('section.cross-file');
  await cross.locator('.finding[data-rule="directory/group-cycle"]').waitFor();
  assert.match(await cross.textContent(), /DIV-ENG → DIV-ENG-D2 → DIV-ENG-D2-T1 → DIV-ENG/);
  assert.match(await cross.textContent(), /jobrien042/);
  // The tree: ORG with its four divisions and member counts; a collapsible node.
  const org = page.locator('.group-tree details.group-node[data-group="ORG"]').first();
  assert.equal(await org.locator(':scope > details.group-node').count(), 4);
  assert.match(await org.locator(':scope > summary').textContent(), /Example Group SA.*320 in total/);
  assert.match(await page.textContent('.group-tree'), /Ingénierie/);
  assert.ok(await page.locator('.group-tree .tag.error', { hasText: 'cycle' }).count() >= 1);
  assert.match(await page.textContent('dl.run-summary [data-key="users"] dd'), /^320$/);
  await shot(page, 'directory-cycle');
  // Per-file findings: a broken userFile value shows under its file.
  await pick(page, [{ name: `userFile_${DAY}_1.csv`, mimeType: 'text/csv',
    buffer: await readFile(join(FIX, 'broken/user-email', `userFile_${DAY}_1.csv`)) }]);
  const uf = page.locator(`section.file-findings[data-file="userFile_${DAY}_1.csv"]`);
  await uf.locator('.finding[data-rule="directory/user-email"]').waitFor();
  assert.match(await uf.locator('.finding[data-rule="directory/user-email"] .location').textContent(), /row 12, column email/);
  assert.deepEqual(page.problems, []);
  assert.ok(page.requests.every((u) => u.startsWith(origin)), 'no request leaves the page');
  await context.close();
});

test('a UTF-8 userFile is converted to ISO-8859-1 and the set re-validates clean', async () => {
  const { context, page } = await directoryPage();
  const files = await set({ userFile: 'broken/encoding-utf8' });
  await pick(page, files);
  const row = page.locator(`tr.file-row[data-file="userFile_${DAY}_1.csv"]`);
  await row.waitFor();
  assert.match(await row.locator('.encoding').textContent(), /^UTF-8$/);
  await page.locator(`section.file-findings .finding[data-rule="directory/encoding-utf8"]`).first().waitFor();
  assert.match(await page.textContent('section.file-findings'), /JosÃ©/);
  await shot(page, 'directory-utf8');
  const [download] = await Promise.all([page.waitForEvent('download'), row.locator('button.convert').click()]);
  assert.equal(download.suggestedFilename(), `userFile_${DAY}_1.csv`);
  const converted = await readFile(await download.path());
  assert.deepEqual(converted, await readFile(join(FIX, 'clean', `userFile_${DAY}_1.csv`)));
  // Drop the converted file again: it replaces its namesake and the set is clean.
  await pick(page, [{ name: `userFile_${DAY}_1.csv`, mimeType: 'text/csv', buffer: converted }]);
  await page.waitForFunction(() => document.querySelector('tr.file-row[data-file^="userFile"] .encoding')?.textContent === 'ISO-8859-1');
  await page.waitForSelector('section.cross-file .all-clear');
  assert.equal(await page.locator('.finding.error, .finding.warning').count(), 0);
  await shot(page, 'directory-clean');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a zip of the four files is opened and checked like the files', async () => {
  const { context, page } = await directoryPage();
  await pick(page, [{ name: 'export.zip', mimeType: 'application/zip', buffer: await readFile(join(FIX, 'clean.zip')) }]);
  await page.waitForSelector('table.directory-files tr.file-row');
  assert.equal(await page.locator('table.directory-files tr.file-row').count(), 4);
  assert.ok(await page.locator('tr.file-row[data-file="export.zip/export/userFile_2026-03-02_1.csv"]').count() === 1);
  await page.waitForSelector('section.cross-file .all-clear');
  assert.equal(await page.locator('.finding.error, .finding.warning').count(), 0);
  assert.match(await page.textContent('dl.run-summary [data-key="groups"] dd'), /^50$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large set is checked in the Web Worker with a progress bar, and the page keeps working', async () => {
  // About 2 MB: past the size the page checks on its own thread.
  const dir = await mkdtemp(join(tmpdir(), 'pf-directory-'));
  execFileSync('python3', [join(ROOT, 'scripts', 'gen_directory_set.py'), dir, '--users', '8000',
    '--groups', '400', '--memberships', '24000', '--depth', '3', '--date', DAY, '--instance', '1']);
  const files = await Promise.all(KINDS.map(async (k) => {
    const name = `${k}_${DAY}_1.csv`;
    return { name, mimeType: 'text/csv', buffer: await readFile(join(dir, name)) };
  }));
  assert.ok(files.reduce((n, f) => n + f.buffer.length, 0) > 1024 * 1024);
  const { context, page } = await directoryPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await pick(page, files);
  await page.waitForSelector('#directory-progress progress', { timeout: 10000 });
  await page.waitForSelector('table.directory-files tr.file-row', { timeout: 60000 });
  assert.equal(await page.locator('#directory-progress').count(), 0, 'the progress bar goes away when done');
  assert.ok(workers.some((u) => u.endsWith('/worker.js')), `checked in the worker: ${workers}`);
  assert.equal(await page.locator('table.directory-files tr.file-row').count(), 4);
  assert.match(await page.textContent('dl.run-summary [data-key="users"] dd'), /^8000$/);
  assert.match(await page.textContent('dl.run-summary [data-key="groups"] dd'), /^400$/);
  await page.waitForSelector('section.cross-file .all-clear');
  assert.equal(await page.locator('.finding.error').count(), 0);
  await page.locator('.group-tree details.group-node').first().waitFor();
  // A changed option checks the set again, in the worker again.
  await page.uncheck('#directory-sso');
  await page.waitForSelector('#directory-progress progress', { timeout: 10000 });
  await page.waitForSelector('table.directory-files tr.file-row', { timeout: 60000 });
  await page.screenshot({ path: join(SHOTS, 'directory-large-set.png') });
  assert.deepEqual(page.problems, []);
  assert.ok(page.requests.every((u) => u.startsWith(origin)), 'no request leaves the page');
  await context.close();
  await rm(dir, { recursive: true, force: true });
});
