// End-to-end tests of the BroadWorks troubleshooting page in headless Chromium:
// error-code search, PSLog, XSP, client log, redaction and the case checklist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, appReady, ROOT, SHOTS } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const fixture = (name) => readFile(join(ROOT, 'tests/fixtures/broadworks', name), 'utf8');

async function bwPage() {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/broadworks');
  await appReady(page);
  await page.waitForSelector('.page[data-tool="broadworks"]');
  return { context, page };
}

/** Paste `text` into the visible tool's textarea the way a paste does. */
async function pasteLog(page, panel, text) {
  await page.evaluate(([p, v]) => {
    const el = document.querySelector(`#bw-panel-${p} textarea`);
    el.value = v;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, [panel, text]);
}

test('error codes: by number, by message fragment, unknown code', async () => {
  const { context, page } = await bwPage();
  await page.fill('#bw-code-query', '200039');
  await page.waitForSelector('.code-match[data-code="200039"]');
  await page.fill('#bw-code-query', 'EmailId already in use, in a different org');
  await page.waitForFunction(() => document.querySelector('.code-match')?.dataset.code === '200039');
  assert.match(await page.textContent('.code-match'), /Suggested action/);
  await page.fill('#bw-code-query', 'threads are busy, try again later');
  await page.waitForFunction(() => document.querySelector('.code-match')?.dataset.code === '600006');
  assert.match(await page.textContent('.code-match'), /retry later/);
  await page.fill('#bw-code-query', '200038');
  await page.waitForSelector('.finding[data-rule="broadworks/unknown-code"]');
  assert.match(await page.textContent('.finding'), /200039/);
  await page.fill('#bw-code-query', 'Sorry you can’t join Acme Voice with Webex right now');
  await page.waitForFunction(() => document.querySelector('.code-match')?.dataset.code === '200013');
  await page.screenshot({ path: join(SHOTS, 'broadworks-codes.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('PSLog: requests table, diagnosis, tracking id, redacted download', async () => {
  const { context, page } = await bwPage();
  await page.click('#bw-tab-pslog');
  await pasteLog(page, 'pslog', await fixture('pslog-403-ip.txt'));
  await page.waitForSelector('#bw-panel-pslog table.bw-requests tbody tr');
  const statuses = await page.$$eval('#bw-panel-pslog table.bw-requests tbody tr', (rows) => rows.map((r) => r.dataset.status));
  assert.deepEqual(statuses, ['403', '401', '']);
  for (const rule of ['provisioning-forbidden', 'pslog-target-ip-address', 'provisioning-unauthorized', 'imp-provisioning-error', 'profile-missing-phone']) {
    assert.equal(await page.locator(`#bw-panel-pslog .finding[data-rule="broadworks/${rule}"]`).count(), 1, rule);
  }
  await pasteLog(page, 'pslog', await fixture('pslog-409.txt'));
  await page.waitForSelector('#bw-panel-pslog .finding[data-rule="broadworks/provisioning-conflict"]');
  assert.match(await page.textContent('#bw-panel-pslog table.bw-requests'), /acme_dental_group/);
  assert.match(await page.textContent('#bw-panel-pslog .bw-tracking-ids'), /AS_8d1f2c3e/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#bw-panel-pslog .bw-redacted-download'),
  ]);
  const copy = await readFile(await download.path(), 'utf8');
  assert.ok(!copy.includes('alice.smith@acmedental.example'));
  assert.ok(copy.includes('<email-1>') && copy.includes('AS_8d1f2c3e-4b5a-4c6d-8e7f-901234567890'));
  await page.screenshot({ path: join(SHOTS, 'broadworks-pslog.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('XSP: settings, timeline with where it stopped, tracking-id filter', async () => {
  const { context, page } = await bwPage();
  await page.click('#bw-tab-xsp');
  await pasteLog(page, 'xsp', await fixture('xsp-signin-401.log'));
  await page.waitForSelector('#bw-panel-xsp .bw-timeline .bw-step.failed');
  assert.match(await page.textContent('#bw-panel-xsp .bw-flow-state'), /stopped after/);
  assert.equal(await page.locator('#bw-panel-xsp .finding[data-rule="broadworks/xsp-request-failed"]').count(), 1);
  await pasteLog(page, 'xsp', await fixture('xsp-signin-ok.log'));
  await page.waitForSelector('#bw-panel-xsp .bw-step[data-step="device-list-response"]');
  assert.match(await page.textContent('#bw-panel-xsp .bw-flow-state'), /device list/);
  await page.fill('#bw-xsp-tracking', 'CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2');
  await page.waitForFunction(() => document.querySelectorAll('#bw-panel-xsp .bw-step').length === 4);
  await page.screenshot({ path: join(SHOTS, 'broadworks-xsp.png'), fullPage: true });
  await pasteLog(page, 'xsp', await fixture('xsp-cert-auth-bad-crlf.txt'));
  await page.fill('#bw-xsp-tracking', '');
  await page.waitForSelector('#bw-panel-xsp .finding[data-rule="broadworks/xsp-allow-user-app"]');
  assert.equal(await page.locator('#bw-panel-xsp table.bw-settings tbody tr').count(), 2);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('client log: signatures from a picked file, tracking ids reach the case summary', async () => {
  const { context, page } = await bwPage();
  await page.click('#bw-tab-client-log');
  await page.setInputFiles('#bw-panel-client-log input[type=file]', join(ROOT, 'tests/fixtures/broadworks/bwc-current_log.txt'));
  await page.waitForSelector('#bw-panel-client-log .finding[data-rule="broadworks/client-device-not-provisioned"]');
  assert.match(await page.textContent('#bw-panel-client-log .finding[data-rule="broadworks/client-device-not-provisioned"]'), /Business Communicator - PC/);
  await page.click('#bw-tab-case');
  await page.fill('#bw-case-user', 'alice@acme.example');
  await page.fill('#bw-case-client', 'Windows 42.3');
  await page.click('#bw-log-bwc-log');
  const summary = await page.textContent('#bw-case-summary');
  assert.match(summary, /User identifier: alice@acme\.example/);
  assert.match(summary, /CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_3/);
  assert.match(summary, /BroadWorks calling Webex app log/);
  assert.match(summary, /Still to collect: Organization identifier; Approximate time frame/);
  await page.screenshot({ path: join(SHOTS, 'broadworks-case.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('redact: consistent placeholders, tracking ids kept, nothing leaves the page', async () => {
  const { context, page } = await bwPage();
  await page.click('#bw-tab-redact');
  await pasteLog(page, 'redact', 'user alice@acme.example from 203.0.113.9\r\nagain alice@acme.example password=hunter2 trackingid: CLIENT_abcdef_1\n');
  await page.waitForSelector('#bw-redacted-text');
  const text = await page.textContent('#bw-redacted-text');
  // A textarea normalises pasted CRLF to LF; CRLF files are covered by the native tests.
  assert.equal(text, 'user <email-1> from <ip-1>\nagain <email-1> password=<secret-1> trackingid: CLIENT_abcdef_1\n');
  await page.screenshot({ path: join(SHOTS, 'broadworks-redact.png'), fullPage: true });
  assert.ok(page.requests.every((u) => u.startsWith(origin)), 'no request leaves the origin');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('IM&P settings: side-by-side comparison, passwords never shown', async () => {
  const { context, page } = await bwPage();
  await page.click('#bw-tab-pslog');
  await page.fill('#bw-imp-as', 'Messaging Server URL = https://bwprovisioning.webex.com/api/v1\nMessaging Server Username = acme-prov\nMessaging Server Password = Secret-1');
  await page.fill('#bw-imp-template', 'Provisioning URL: https://bwprovisioning.webex.com/api/v1/\nProvisioning Account Name: acme-prov\nProvisioning Account Password: Secret-2\nConfirm Password: Secret-2');
  await page.waitForSelector('.bw-imp .finding[data-rule="broadworks/imp-setting-mismatch"]');
  const rows = await page.$$eval('.bw-imp-rows tbody tr', (rs) => rs.map((r) => r.className));
  assert.deepEqual(rows, ['differs', 'ok', 'differs']);
  const text = await page.textContent('.bw-imp');
  assert.match(text, /trailing \//);
  const findings = await page.textContent('.bw-imp .findings');
  assert.ok(!findings.includes('Secret'), 'passwords are not echoed');
  await page.screenshot({ path: join(SHOTS, 'broadworks-imp.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('PSLog: a 100 MB log picked from disk is scanned in the Web Worker with a progress bar', async () => {
  const { writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = join(process.env.TMPDIR || tmpdir(), 'broadworks-big-pslog.txt');
  // Mostly unrelated Application Server traffic, as a real PSLog is, with one
  // provisioning exchange at the end.
  const filler = '2022.03.16 10:20:00:000 EDT | Info       | CallP | SIP OPTIONS keep-alive from sbc1.acme.example answered 200 OK\n';
  const target = 100 * 1024 * 1024;
  const block = filler.repeat(Math.ceil((1 << 20) / filler.length));
  const parts = [];
  let size = 0;
  while (size < target) { parts.push(block); size += block.length; }
  parts.push(await fixture('pslog-409.txt'));
  await writeFile(path, parts.join(''));
  const { context, page } = await bwPage();
  try {
    let workerSeen = false;
    page.on('worker', () => { workerSeen = true; });
    await page.click('#bw-tab-pslog');
    await page.setInputFiles('#bw-panel-pslog input[type=file]', path);
    await page.waitForSelector('#bw-progress-pslog', { timeout: 20000 });
    await page.waitForSelector('#bw-panel-pslog .finding[data-rule="broadworks/provisioning-conflict"]', { timeout: 180000 });
    assert.equal(await page.locator('#bw-progress-pslog').count(), 0, 'the progress bar goes away when done');
    const row = await page.textContent('#bw-panel-pslog table.bw-requests tbody tr');
    assert.match(row, /409/);
    // The 100 MB are not put into the text box.
    assert.equal(await page.$eval('#bw-panel-pslog textarea', (t) => t.value.length), 0);
    assert.ok(workerSeen, 'the log was checked in a Web Worker');
    await page.screenshot({ path: join(SHOTS, 'broadworks-big.png') });
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    await rm(path, { force: true });
  }
});
