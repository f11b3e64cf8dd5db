// Browser tests of the "Signatures" verdicts (src/xmldsig in wasm): the
// same fixtures and verdicts as tests/xmldsig.rs, on both SAML pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, ROOT, SHOTS } from './harness.mjs';

const FIX = join(ROOT, 'tests', 'fixtures', 'xmldsig');
const fixture = (name) => readFile(join(FIX, name), 'utf8');
// The fixtures were issued at 2024-05-01T12:00Z.
const NOW = new Date('2024-05-01T12:01:00Z');

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function open(route) {
  const { context, page } = await openPage(browser);
  await page.clock.setFixedTime(NOW);
  await page.goto(origin + '/#/' + route);
  await page.waitForSelector(`.page[data-tool="${route}"]`, { timeout: 20000 });
  return { context, page };
}

/** The checks of the first signature card: {digest, signature, trusted}. */
async function checks(page, index = 0) {
  return page.evaluate((i) => {
    const card = document.querySelectorAll('.signature-card')[i];
    const out = {};
    for (const b of card.querySelectorAll('[data-check]')) out[b.dataset.check] = b.dataset.ok === 'true';
    out.verdict = card.querySelector('.signature-verdict').textContent;
    return out;
  }, index);
}

async function waitVerdict(page, re, index = 0) {
  await page.waitForFunction(
    ([i, src]) => new RegExp(src).test(document.querySelectorAll('.signature-card')[i]?.querySelector('.signature-verdict')?.textContent ?? ''),
    [index, re.source], { timeout: 10000 },
  );
}

test('response page: valid but untrusted, then trusted once the certificate is pasted, red on tampering', async () => {
  const { context, page } = await open('saml-response');
  await page.fill('#tool-input', await fixture('adfs-assertion-signed.xml'));
  await waitVerdict(page, /only with the certificate it carries/);
  assert.deepEqual(await checks(page), {
    digest: true, signature: true, trusted: false,
    verdict: 'valid, but only with the certificate it carries itself (that expires 2036-11-29); no trusted certificate matches',
  });
  await page.fill('#trust-cert', await fixture('keys/idp-rsa.crt'));
  await waitVerdict(page, /^signed by the trusted certificate/);
  assert.deepEqual(await checks(page), {
    digest: true, signature: true, trusted: true,
    verdict: 'signed by the trusted certificate that expires 2036-11-29',
  });
  await page.waitForSelector('.signature-card.good');
  await page.screenshot({ path: join(SHOTS, 'xmldsig-response-trusted.png'), fullPage: true });
  await page.fill('#tool-input', await fixture('neg-tampered-nameid.xml'));
  await waitVerdict(page, /changed after signing/);
  const t = await checks(page);
  assert.equal(t.digest, false);
  assert.equal(t.signature, true);
  await page.waitForSelector('.finding[data-rule="saml-response/signature-invalid"]');
  // Wrapping: the signature covers a hidden assertion.
  await page.fill('#tool-input', await fixture('neg-xsw-wrapped.xml'));
  await page.waitForSelector('.finding[data-rule="saml-response/signature-wrong-element"]');
  // Not a certificate: the core says why.
  await page.fill('#trust-cert', 'hello');
  await page.waitForSelector('#trust-error');
  await page.screenshot({ path: join(SHOTS, 'xmldsig-response-errors.png'), fullPage: true });
  await context.close();
});

test('metadata page: untrusted, trusted once the certificate is pasted (also for a picked file, in the worker), red on tampering', async () => {
  const { context, page } = await open('saml-metadata');
  await page.fill('#tool-input', await fixture('metadata-aggregate-signed.xml'));
  // (The sample's card says the same of its own certificate, which expires in 2029.)
  await waitVerdict(page, /only with the certificate it carries itself \(that expires 2036/);
  assert.deepEqual(await checks(page), {
    digest: true, signature: true, trusted: false,
    verdict: 'valid, but only with the certificate it carries itself (that expires 2036-11-29); no trusted certificate matches',
  });
  await page.fill('#trust-cert', await fixture('keys/idp-rsa.crt'));
  await waitVerdict(page, /^signed by the trusted certificate/);
  assert.deepEqual(await checks(page), {
    digest: true, signature: true, trusted: true,
    verdict: 'signed by the trusted certificate that expires 2036-11-29',
  });
  await page.waitForSelector('.finding[data-rule="saml/signature-trusted"]');
  // A picked file goes through the Web Worker, with the pasted certificate.
  await page.setInputFiles('.input-area input[type=file]', join(FIX, 'metadata-aggregate-signed.xml'));
  await page.waitForSelector('.job-note:has-text("Checked")', { timeout: 20000 });
  await waitVerdict(page, /^signed by the trusted certificate/);
  await page.screenshot({ path: join(SHOTS, 'xmldsig-metadata-trusted.png'), fullPage: true });
  // Another certificate: the file is checked again, and the signature is not trusted.
  await page.fill('#trust-cert', await fixture('keys/other-rsa.crt'));
  await page.waitForSelector('.finding[data-rule="saml/signature-untrusted"]', { timeout: 20000 });
  assert.equal((await checks(page)).trusted, false);
  await page.fill('#tool-input', await fixture('neg-metadata-tampered.xml'));
  await waitVerdict(page, /changed after signing/);
  assert.equal((await checks(page)).digest, false);
  await page.waitForSelector('.finding[data-rule="saml/signature-invalid"]');
  await page.fill('#trust-cert', 'hello');
  await page.waitForSelector('#trust-error');
  await context.close();
});

test('metadata page: a large signed file is verified by a second worker beside the one that reads it', async () => {
  const { context, page } = await open('saml-metadata');
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  // Past the size where the worker starts its helper: the signed aggregate
  // with a megabyte and a half of white space after its root element
  // (outside what the signature covers).
  const pad = ' \n'.repeat(768 * 1024);
  const big = (xml) => Buffer.from(xml + pad);
  // The certificate, then the file at once: the check of the text box that
  // the certificate field asks for (after a 250 ms pause) must not cancel
  // the file's.
  await page.fill('#trust-cert', await fixture('keys/idp-rsa.crt'));
  await page.setInputFiles('.input-area input[type=file]',
    { name: 'aggregate-signed.xml', mimeType: 'application/xml', buffer: big(await fixture('metadata-aggregate-signed.xml')) });
  await page.waitForSelector('.job-note:has-text("Checked aggregate-signed.xml")', { timeout: 30000 });
  await waitVerdict(page, /^signed by the trusted certificate/);
  assert.deepEqual(await checks(page), {
    digest: true, signature: true, trusted: true,
    verdict: 'signed by the trusted certificate that expires 2036-11-29',
  });
  await page.waitForSelector('.finding[data-rule="saml/signature-trusted"]');
  // Tampered: the helper's digest says so.
  await page.setInputFiles('.input-area input[type=file]',
    { name: 'tampered.xml', mimeType: 'application/xml', buffer: big(await fixture('neg-metadata-tampered.xml')) });
  await page.waitForSelector('.job-note:has-text("Checked tampered.xml")', { timeout: 30000 });
  await waitVerdict(page, /changed after signing/);
  assert.equal((await checks(page)).digest, false);
  await page.waitForSelector('.finding[data-rule="saml/signature-invalid"]');
  // Each file: the worker the page starts, and the helper it starts.
  assert.equal(workers.filter((u) => u.endsWith("/worker.js")).length, 4, `workers: ${workers}`);
  assert.deepEqual(page.problems, []);
  await context.close();
});
