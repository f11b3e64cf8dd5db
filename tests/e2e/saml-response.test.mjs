// Browser tests of the SAML response page (#/saml-response) against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { serveDist, launch, openPage, ROOT, SHOTS } from './harness.mjs';

const FIX = join(ROOT, 'tests', 'fixtures', 'saml-response');
const fixture = (name) => readFile(join(FIX, name), 'utf8');
// The fixtures were issued around 2026-11-20T10:00Z and are valid for five minutes.
const IN_WINDOW = new Date('2026-11-20T10:00:30Z');
// Well past every fixture's NotOnOrAfter.
const LATER = new Date('2026-11-22T08:00:00Z');

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Open the page with the browser clock fixed at `now`. */
async function open(now = IN_WINDOW, options = {}) {
  const { context, page } = await openPage(browser, options);
  await page.clock.setFixedTime(now);
  await page.goto(origin + '/#/saml-response');
  await page.waitForSelector('.page[data-tool="saml-response"]', { timeout: 20000 });
  return { context, page };
}

/** Paste `text` into the main input and wait until the report on screen is
 * the one for this text (the page names its input's SHA-256). */
async function paste(page, text) {
  await page.fill('#tool-input', text);
  // Hash what the text box holds (a textarea normalises line breaks).
  const value = await page.inputValue('#tool-input');
  const sha = createHash('sha256').update(value, 'utf8').digest('hex');
  await page.waitForSelector(`.page[data-input-sha256="${sha}"]`, { timeout: 10000 });
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

test('the sample (base64 POST) renders decoded XML, the attribute table and findings', async () => {
  const { context, page } = await open();
  assert.equal(await page.inputValue('#tool-input'), (await fixture('okta.post.b64')));
  assert.equal((await page.textContent('#resp-encoding')).trim(), 'base64 (HTTP-POST)');
  assert.equal((await page.textContent('#resp-kind')).trim(), 'Response');
  assert.match(await page.textContent('.resp-row[data-key="status"]'), /Success/);
  assert.match(await page.textContent('#resp-nameid'), /^jane\.doe@example\.com$/);
  assert.equal((await page.textContent('#resp-window-state')).trim(), 'valid now');
  assert.match(await page.textContent('#decoded-xml'), /<saml2p:Response/);
  assert.equal((await page.textContent('#resp-schema')).trim(), 'valid');
  for (const name of ['uid', 'firstname', 'lastname', 'email', 'updateTimeStamp']) {
    assert.equal(await page.locator(`#attribute-table tr[data-attribute="${name}"]`).count(), 1, name);
  }
  assert.equal(await page.getAttribute('#attribute-table tr[data-attribute="email"] a.rule-id', 'href'),
    '#/rules?id=saml-response/email-attribute-invalid');
  await page.waitForSelector('.finding[data-rule="saml-response/uid-upn"]');
  assert.match(await page.textContent('.resp-row[data-key="auto_account_creation"]'), /ready/);
  await shot(page, 'saml-response-light');
  assert.deepEqual(page.problems, []);
  assert.ok(page.requests.every((u) => u.startsWith(origin)), 'no request leaves the page origin');
  await context.close();
});

test('pasting a wrapped base64 POST body decodes it and reports base64', async () => {
  const { context, page } = await open();
  await page.click('button:has-text("Clear")');
  await page.waitForSelector('.finding[data-rule="saml-response/empty-input"]');
  await paste(page, await fixture('okta.post.wrapped.b64'));
  await page.waitForSelector('#decoded-xml');
  assert.equal((await page.textContent('#resp-encoding')).trim(), 'base64 (HTTP-POST)');
  assert.match(await page.textContent('#decoded-xml'), /saml2:Assertion/);
  assert.ok(await page.locator('#attribute-table tbody tr').count() >= 4);
  assert.ok(await page.locator('.finding').count() >= 1);
  // A URL-encoded form body is said to be one.
  await paste(page, await fixture('adfs.post-form.txt'));
  assert.match(await page.textContent('#resp-encoding'), /base64 \(HTTP-POST\), URL-encoded, from a SAMLResponse= field/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a Redirect (deflate) message decodes and says so', async () => {
  const { context, page } = await open();
  await paste(page, await fixture('entra-id.deflate.b64'));
  assert.equal((await page.textContent('#resp-encoding')).trim(), 'base64 + DEFLATE (HTTP-Redirect)');
  assert.match(await page.textContent('#decoded-xml'), /Response/);
  assert.ok(await page.locator('#attribute-table tbody tr').count() >= 1);
  // A whole Redirect URL with an AuthnRequest.
  await paste(page, await fixture('authn-request.redirect-url.txt'));
  assert.equal((await page.textContent('#resp-kind')).trim(), 'AuthnRequest');
  assert.match(await page.textContent('#resp-encoding'), /base64 \+ DEFLATE \(HTTP-Redirect\), URL-encoded, from a SAMLRequest= field/);
  assert.equal(await page.locator('.resp-row[data-key="acs"]').count(), 1);
  // A signed Redirect URL: its query-string signature is shown, SHA-1 flagged.
  await paste(page, await fixture('authn-request.redirect-url-sha1.txt'));
  await page.waitForSelector('#resp-redirect-signature');
  assert.match(await page.textContent('#resp-redirect-signature'), /Signature parameter present, SigAlg rsa-sha1/);
  await page.waitForSelector('.finding[data-rule="saml-response/weak-signature-algorithm"]');
  // A back-channel (SOAP artifact) capture: the wrappers are named.
  await paste(page, await fixture('shibboleth.artifact-response.soap.xml'));
  await page.waitForSelector('#resp-envelope');
  assert.match(await page.textContent('#resp-envelope'), /Envelope › .*Body › .*ArtifactResponse/);
  assert.equal((await page.textContent('#resp-kind')).trim(), 'Response');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a failing ADFS response: nested status codes and attribute problems', async () => {
  const { context, page } = await open();
  await paste(page, await fixture('adfs.xml'));
  // FirstName differs from the table's firstname only in case: a warning
  // naming the exact name (was: "unknown" plus "firstname missing").
  await page.waitForSelector('#attribute-table tr[data-attribute="FirstName"][data-status="warning"]');
  assert.match(await page.textContent('#attribute-table tr[data-attribute="FirstName"]'), /only in case; use the exact name firstname/);
  assert.equal(await page.getAttribute('#attribute-table tr[data-attribute="FirstName"] a.rule-id', 'href'),
    '#/rules?id=saml-response/attribute-name-case');
  assert.match(await page.textContent('.resp-row[data-key="auto_account_creation"]'), /not ready.*firstname/);
  await shot(page, 'saml-response-adfs');
  await paste(page, await fixture('adfs-status-invalid-nameid-policy.xml'));
  await page.waitForSelector('.finding[data-rule="saml-response/status-not-success"]');
  const status = await page.textContent('.resp-row[data-key="status"]');
  assert.match(status, /Responder/);
  assert.match(status, /InvalidNameIDPolicy: The identity provider cannot issue a NameID/);
  // The rule link opens the catalog at that rule.
  await page.click('.finding[data-rule="saml-response/status-not-success"] a.rule-id');
  await page.waitForSelector('.rule[data-rule="saml-response/status-not-success"]');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('an expired response shows the expired finding (browser clock)', async () => {
  const { context, page } = await open(LATER);
  await page.waitForSelector('.finding[data-rule="saml-response/expired"]');
  assert.equal((await page.textContent('#resp-window-state')).trim(), 'expired');
  assert.match(await page.textContent('.resp-row[data-key="conditions"]'), /ago/);
  // A larger clock skew does not rescue a two-day-old response.
  await page.fill('#clock-skew', '600');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.finding[data-rule="saml-response/expired"]').count(), 1);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('options: SP entity ID, NameID source and IdP metadata re-check the response', async () => {
  const { context, page } = await open();
  await page.fill('#sp-entity-id', 'https://sp.example.org');
  await page.waitForSelector('.finding[data-rule="saml-response/audience-mismatch"]');
  await page.fill('#sp-entity-id', 'http://www.webex.com');
  await page.waitForSelector('.finding[data-rule="saml-response/audience-mismatch"]', { state: 'detached' });
  await page.selectOption('#nameid-source', 'employeeid');
  await page.waitForSelector('.finding[data-rule="saml-response/nameid-attribute-mismatch"]');
  await page.selectOption('#nameid-source', 'email');
  await page.waitForSelector('.finding[data-rule="saml-response/nameid-attribute-mismatch"]', { state: 'detached' });
  await page.fill('#idp-metadata', await fixture('other-idp-metadata.xml'));
  await page.waitForSelector('.finding[data-rule="saml-response/issuer-not-idp-entity"]');
  await page.fill('#idp-metadata', await fixture('okta-idp-metadata.xml'));
  await page.waitForSelector('.finding[data-rule="saml-response/issuer-not-idp-entity"]', { state: 'detached' });
  assert.match(await page.textContent('.resp-row[data-key="issuer"]'), /matches the IdP metadata/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a NameID with an XML comment shows the finding and the full value', async () => {
  const { context, page } = await open();
  await paste(page, await fixture('okta-nameid-comment.xml'));
  await page.waitForSelector('.finding[data-rule="saml-response/nameid-comment"]');
  assert.equal((await page.textContent('#resp-encoding')).trim(), 'XML');
  assert.equal((await page.textContent('#resp-nameid')).trim(), 'jane.doe@example.com.attacker.example');
  assert.equal(await page.locator('#resp-nameid-comment').count(), 1);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('redaction replaces the NameID and email values, with copy and download', async () => {
  const { context, page } = await open();
  const xml = await fixture('okta.xml');
  await paste(page, xml);
  await page.click('#redact-button');
  await page.waitForSelector('#redacted-xml');
  const red = await page.textContent('#redacted-xml');
  assert.match(red, /saml2:Assertion/);
  for (const secret of ['jane.doe@example.com', 'jane.doe', '>Jane<', '>Doe<', 'Jane Doe']) {
    assert.ok(!red.includes(secret), `redacted output still contains ${secret}`);
  }
  assert.match(red, /@example\.invalid/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Download saml-response-redacted.xml")'),
  ]);
  assert.equal(download.suggestedFilename(), 'saml-response-redacted.xml');
  // The redacted copy follows the input while it is on show.
  await paste(page, await fixture('okta-nameid-comment.xml'));
  const red2 = await page.textContent('#redacted-xml');
  assert.ok(!red2.includes('jane.doe') && !red2.includes('attacker.example'), 'comment NameID redacted');
  await shot(page, 'saml-response-redacted');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('garbage and a deflate bomb give findings, no page errors, and the page stays alive', async () => {
  const { context, page } = await open();
  await paste(page, '\u0000\u0001 this is not SAML at all %%% ☃');
  await page.waitForSelector('.finding[data-rule="saml-response/not-decodable"]');
  assert.equal(await page.locator('#resp-undecoded').count(), 1);
  await page.click('#redact-button');
  await page.waitForSelector('#redact-error');

  const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024)).toString('base64');
  await paste(page, bomb);
  await page.waitForSelector('.finding[data-rule="saml-response/inflate-limit"]', { timeout: 10000 });

  await paste(page, (await fixture('okta.post.b64')).slice(0, 900)); // truncated base64
  await page.waitForFunction(() => document.querySelectorAll('.finding.error').length > 0);

  // A large paste (about 3 MB of XML-looking text) shows findings too.
  await paste(page, '<saml:Response>' + 'x'.repeat(3 * 1024 * 1024));
  await page.waitForSelector('.finding.error', { timeout: 15000 });

  // Still alive: the sample loads and checks.
  await page.click('button:has-text("Load sample")');
  await page.waitForSelector('#attribute-table tr[data-attribute="uid"]');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('dark theme and a 360 px screen', async () => {
  {
    const { context, page } = await open(IN_WINDOW, { colorScheme: 'dark' });
    await page.waitForSelector('#attribute-table');
    await shot(page, 'saml-response-dark');
    assert.deepEqual(page.problems, []);
    await context.close();
  }
  {
    const { context, page } = await open(IN_WINDOW, { viewport: { width: 360, height: 740 } });
    await page.waitForSelector('#attribute-table');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await shot(page, 'saml-response-360');
    for (const [sel, name] of [['.input-area', 'input'], ['.resp-options', 'options'], ['.resp-summary', 'summary'],
      ['.resp-attributes', 'attributes'], ['.findings', 'findings'], ['.resp-decoded', 'xml']]) {
      await page.locator(sel).screenshot({ path: join(SHOTS, `saml-response-360-${name}.png`) });
    }
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});
