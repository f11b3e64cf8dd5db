// End-to-end tests of the certificate page (#/cert) in headless Chromium.
// The browser clock is pinned to the fixtures' reference date (2026-06-01),
// so validity results do not depend on the day the tests run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, ROOT, SHOTS } from './harness.mjs';

const FIX = join(ROOT, 'tests', 'fixtures', 'x509');
const NOW = new Date('2026-06-01T00:00:00Z');

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const fixture = (name) => readFile(join(FIX, name));
const fixtureText = async (name) => (await fixture(name)).toString('utf8');

async function certPage(options = {}) {
  const { context, page } = await openPage(browser, options);
  await page.clock.setFixedTime(NOW);
  await page.goto(origin + '/#/cert');
  await page.waitForSelector('.page[data-tool="cert"]');
  // The sample is checked on the first render.
  await page.waitForSelector('.cert-card');
  return { context, page };
}

/** Wait until the page shows a report whose certificates' labels are `labels`. */
async function waitForLabels(page, labels) {
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('.cert-card .cert-label')].map((e) => e.textContent)) === JSON.stringify(want),
    labels,
    { timeout: 10000 },
  );
}

async function paste(page, text) {
  await page.fill('#tool-input', text);
}

async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

test('a .crt (PEM) file picked with the file input renders details and findings', async () => {
  const { context, page } = await certPage();
  await page.setInputFiles('.input-area input[type=file]', {
    name: 'idp-signing.crt', mimeType: 'application/x-x509-ca-cert', buffer: await fixture('rsa1024.pem'),
  });
  await waitForLabels(page, ['rsa1024.example.com']);
  const card = page.locator('.cert-card').first();
  const text = await card.textContent();
  for (const label of ['Subject', 'Issuer', 'Serial', 'Not before', 'Not after', 'Validity period', 'Public key',
    'Signature', 'Key usage', 'Extended key usage', 'Basic constraints', 'Subject key id', 'Authority key id',
    'SHA-1 fingerprint', 'SHA-256 fingerprint', 'Self-signed']) {
    assert.ok(text.includes(label), `details card shows ${label}`);
  }
  assert.match(await card.locator('.cert-key').textContent(), /RSA, 1024 bits, exponent 65537/);
  assert.match(await card.locator('.fp-sha1').textContent(), /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
  assert.match(await card.locator('.fp-sha256').textContent(), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.match(text, /idp-signing\.crt/);
  assert.equal(await page.textContent('.cert-format'), 'pem');
  assert.match(await page.textContent('.cert-files'), /idp-signing\.crt/);
  // 1024 bits: accepted but weak.
  await page.waitForSelector('.finding[data-rule="x509/weak-key"]');
  assert.match(await card.textContent(), /signature verified/);
  await shot(page, 'cert-pem-file');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a synthetic drop (DataTransfer) of several files checks them together', async () => {
  const { context, page } = await certPage();
  const files = [
    { name: 'leaf-and-intermediate.pem', text: await fixtureText('chain.pem') },
    { name: 'other.crt', text: await fixtureText('rsa2048.pem') },
  ];
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/x-pem-file' }));
    const area = document.querySelector('.input-area');
    area.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await waitForLabels(page, ['idp.example.com', 'intermediate.example.com', 'root.example.com', 'rsa2048.example.com']);
  assert.match(await page.textContent('.cert-files'), /leaf-and-intermediate\.pem[\s\S]*other\.crt/);
  assert.equal(await page.inputValue('#tool-input'), '');
  assert.match(await page.textContent('.input-status'), /Loaded 2 files/);
  assert.equal(await page.locator('.cert-chain .chain-node').count(), 3);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a binary DER .cer file is read as bytes', async () => {
  const { context, page } = await certPage();
  await page.setInputFiles('.input-area input[type=file]', {
    name: 'idp.cer', mimeType: 'application/pkix-cert', buffer: await fixture('rsa2048.der'),
  });
  await page.waitForFunction(() => document.querySelector('.cert-format')?.textContent === 'der');
  await waitForLabels(page, ['rsa2048.example.com']);
  assert.match(await page.textContent('.cert-card .cert-key'), /RSA, 2048 bits/);
  assert.equal(await page.locator('.finding[data-rule="x509/unreadable"]').count(), 0);
  // The same certificate as PEM has the same fingerprint.
  const derFp = await page.textContent('.fp-sha256');
  await paste(page, await fixtureText('rsa2048.pem'));
  await page.waitForFunction(() => document.querySelector('.cert-format')?.textContent === 'pem');
  assert.equal(await page.textContent('.fp-sha256'), derFp);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('an expired certificate shows the expired error', async () => {
  const { context, page } = await certPage();
  await paste(page, await fixtureText('expired.pem'));
  await waitForLabels(page, ['expired.example.com']);
  await page.waitForSelector('.finding.error[data-rule="x509/expired"]');
  assert.match(await page.textContent('.cert-card .pill.error'), /expired/);
  assert.match(await page.textContent('.org-active'), /none/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('pasting a chain of three shows the chain view; options re-check live', async () => {
  const { context, page } = await certPage();
  await paste(page, await fixtureText('chain.pem'));
  await waitForLabels(page, ['idp.example.com', 'intermediate.example.com', 'root.example.com']);
  const nodes = await page.locator('.cert-chain .chain-node .chain-cert').allTextContents();
  assert.equal(nodes.length, 3);
  assert.match(nodes[0], /#1 idp\.example\.com/);
  assert.match(nodes[2], /#3 root\.example\.com/);
  assert.deepEqual(await page.locator('.chain-link').evaluateAll((l) => l.map((e) => e.dataset.signature)), ['valid', 'valid']);
  assert.match(await page.textContent('.chain-order'), /leaf first/);
  assert.match(await page.locator('.cert-card').first().textContent(), /certificate #2/);
  await shot(page, 'cert-chain');

  // Reversed order: the order finding and the red status line.
  await paste(page, await fixtureText('chain-reversed.pem'));
  await page.waitForSelector('.finding[data-rule="x509/chain-order"]');
  assert.match(await page.textContent('.chain-order'), /not leaf first/);

  // The expiry warning window is an option: 400 days catches the leaf (2027-01-01).
  await paste(page, await fixtureText('chain.pem'));
  await page.waitForSelector('.chain-order.ok');
  assert.equal(await page.locator('.finding[data-rule="x509/expiring-soon"]').count(), 0);
  await page.fill('#cert-warn-days', '400');
  await page.waitForSelector('.finding[data-rule="x509/expiring-soon"]');
  // SP option: the 365-day leaf is fine, a 60-day certificate is not.
  await paste(page, await fixtureText('sp-60-days.pem'));
  await waitForLabels(page, ['sp-60-days.example.com']);
  assert.equal(await page.locator('.finding[data-rule="x509/sp-validity-period"]').count(), 0);
  await page.check('#cert-sp');
  await page.waitForSelector('.finding[data-rule="x509/sp-validity-period"]');
  // Encryption option: no digitalSignature needed.
  await paste(page, await fixtureText('no-digital-signature.pem'));
  await page.waitForSelector('.finding[data-rule="x509/missing-digital-signature"]');
  await page.check('#cert-encryption');
  await page.waitForFunction(() => !document.querySelector('.finding[data-rule="x509/missing-digital-signature"]'));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a pasted private key shows the warning and its text appears nowhere on the page', async () => {
  const { context, page } = await certPage();
  for (const name of ['throwaway-key.pem', 'cert-and-key.pem']) {
    const text = await fixtureText(name);
    const body = text.split(/-----END PRIVATE KEY-----/)[0].split(/-----BEGIN PRIVATE KEY-----/)[1]
      .split(/\s+/).filter((l) => l.length > 0);
    assert.ok(body.length >= 2);
    await paste(page, text);
    await page.waitForSelector('.key-warning');
    await page.waitForSelector('.finding[data-rule="x509/private-key"]');
    // The text box is emptied once the key is recognised.
    await page.waitForFunction(() => document.querySelector('#tool-input').value === '');
    const html = await page.content();
    const visible = await page.evaluate(() => document.body.innerText);
    const values = await page.evaluate(() => [...document.querySelectorAll('textarea, input')].map((e) => e.value).join('\n'));
    for (const line of body) {
      assert.ok(!html.includes(line), `${name}: key line in the page HTML`);
      assert.ok(!visible.includes(line), `${name}: key line in the visible text`);
      assert.ok(!values.includes(line), `${name}: key line in a form field`);
    }
    if (name === 'cert-and-key.pem') {
      // The certificate next to the key is still checked.
      await waitForLabels(page, ['rsa2048.example.com']);
    }
  }
  await shot(page, 'cert-private-key', false);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('organisation set: active candidates, timeline, .ics with two reminders per event, more than three', async () => {
  const { context, page } = await certPage();
  await paste(page, await fixtureText('org-set-3.pem'));
  await waitForLabels(page, ['org-a.example.com', 'org-b.example.com', 'org-c.example.com']);
  assert.match(await page.textContent('.org-active'), /#1 org-a\.example\.com, #2 org-b\.example\.com/);
  assert.equal(await page.locator('.timeline-svg .bar').count(), 3);
  assert.equal(await page.locator('.timeline-svg .today line').count(), 1);
  assert.ok(await page.locator('.timeline-svg .overlap').count() >= 1);
  assert.equal(await page.locator('.timeline-svg [style]').count(), 0);
  assert.equal(await page.locator('.finding[data-rule="x509/org-set-too-many"]').count(), 0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download expiry calendar (.ics)')]);
  assert.equal(download.suggestedFilename(), 'certificate-expiry.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  const events = ics.split('BEGIN:VEVENT').slice(1);
  assert.equal(events.length, 3);
  for (const e of events) {
    assert.equal((e.match(/BEGIN:VALARM/g) || []).length, 2);
    assert.match(e, /TRIGGER:-P30D/);
    assert.match(e, /TRIGGER:-P7D/);
  }
  await shot(page, 'cert-org-light');

  await paste(page, await fixtureText('org-set-4.pem'));
  await page.waitForSelector('.finding[data-rule="x509/org-set-too-many"]');
  assert.match(await page.textContent('.org-count'), /4 certificates[\s\S]*more than three/);
  assert.equal(await page.locator('.timeline-svg .bar').count(), 4);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('garbage, binary junk and a large paste give the unreadable finding, never a crash', async () => {
  const { context, page } = await certPage();
  await paste(page, 'hello, this is not a certificate <script>alert(1)</script>');
  await page.waitForSelector('.finding[data-rule="x509/unreadable"]');
  assert.equal(await page.locator('.cert-card').count(), 0);
  assert.equal(await page.textContent('.cert-format'), 'none');

  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  junk[0] = 0x30; // looks like DER at first glance
  await page.setInputFiles('.input-area input[type=file]', { name: 'junk.der', mimeType: 'application/octet-stream', buffer: junk });
  await page.waitForFunction(() => document.querySelector('.cert-files')?.textContent.includes('junk.der'));
  await page.waitForSelector('.finding[data-rule="x509/unreadable"]');

  // A truncated PEM.
  const pem = await fixtureText('rsa2048.pem');
  await paste(page, pem.slice(0, Math.floor(pem.length / 2)));
  await page.waitForSelector('.finding[data-rule="x509/unreadable"]');

  // ~3 MB of repeated certificates stays responsive and renders a capped list.
  const big = (await fixtureText('rsa2048.pem')).repeat(2500);
  await page.evaluate((text) => {
    const t = document.querySelector('#tool-input');
    t.value = text;
    t.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, big);
  await page.waitForSelector('text=Showing 25 of 2500 certificates', { timeout: 30000 });
  assert.equal(await page.locator('.cert-card').count(), 25);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('screenshots: light, dark and 360 px', async () => {
  const chain = await fixtureText('chain.pem');
  const org = await fixtureText('org-set-3.pem');
  for (const [name, options] of [
    ['cert-light', { colorScheme: 'light' }],
    ['cert-dark', { colorScheme: 'dark' }],
    ['cert-360', { colorScheme: 'light', viewport: { width: 360, height: 800 } }],
  ]) {
    const { context, page } = await certPage(options);
    await paste(page, chain + org);
    await waitForLabels(page, ['idp.example.com', 'intermediate.example.com', 'root.example.com',
      'org-a.example.com', 'org-b.example.com', 'org-c.example.com']);
    await shot(page, name);
    await shot(page, `${name}-top`, false);
    await page.locator('.cert-card').first().screenshot({ path: join(SHOTS, `${name}-card.png`) });
    await page.locator('.cert-chain').screenshot({ path: join(SHOTS, `${name}-chain.png`) });
    await page.locator('.cert-org').screenshot({ path: join(SHOTS, `${name}-org.png`) });
    await page.locator('.findings').screenshot({ path: join(SHOTS, `${name}-findings.png`) });
    // No horizontal page scroll.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});
