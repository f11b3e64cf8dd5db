// Browser tests of the SAML metadata page (#/saml-metadata) and the Web
// Worker that checks large files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist, launch, openPage, appReady, DIST, ROOT, SHOTS } from './harness.mjs';

const FIX = join(ROOT, 'tests', 'fixtures', 'saml');
const fixture = (name) => readFileSync(join(FIX, name), 'utf8');
const OKTA = fixture('okta-idp.xml');
const OKTA_ID = 'http://www.okta.com/exk8a1b2c3D4e5F6g7h8';
const WEBEX_PEM = fixture('certs/webex-sp.pem');

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openTool(options) {
  const { context, page } = await openPage(browser, options);
  await page.goto(origin + '/#/saml-metadata');
  await appReady(page);
  await page.waitForSelector('.page[data-tool="saml-metadata"]');
  return { context, page };
}

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** An EntitiesDescriptor of `n` copies of the Okta entity with distinct entityIDs. */
function aggregate(n) {
  const entity = OKTA.slice(OKTA.indexOf('<md:EntityDescriptor'));
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" Name="urn:example:federation">\n'];
  for (let i = 0; i < n; i++) {
    parts.push(entity.replace(OKTA_ID, `https://idp${i}.example.org/saml`), '\n');
  }
  parts.push('</md:EntitiesDescriptor>\n');
  return parts.join('');
}

test('first render shows the sample: summary table, findings, SP export', async () => {
  const { context, page } = await openTool();
  await page.waitForSelector('table.webex-import');
  const issuer = await page.textContent('table.webex-import tr:first-child code.value');
  assert.equal(issuer, 'http://adfs.example.com/adfs/services/trust');
  await page.waitForSelector('.findings .finding[data-rule="saml/signature-present"]');
  // The sample's signature verifies: it greets the user without errors.
  assert.equal(await page.locator('section.findings[aria-label="Findings"] .finding.error').count(), 0);
  await page.waitForSelector('#signatures-panel .signature-card');
  await page.waitForSelector('.sp-export pre.sp-xml');
  // ADFS's WS-Federation RoleDescriptors are schema extensions, not problems.
  assert.equal(await page.textContent('[data-count="schema"]'), 'valid');
  await shot(page, 'saml-metadata-light');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('schema problems: the Schema summary line counts them and the finding says the order', async () => {
  const { context, page } = await openTool();
  const xml = readFileSync(join(ROOT, 'tests/fixtures/saml-schema/md-order-slo-after-sso.xml'), 'utf8');
  await page.fill('#tool-input', xml);
  await page.waitForSelector('.finding[data-rule="saml/schema-unexpected-element"]');
  assert.equal(await page.textContent('[data-count="schema"]'), '1 problem');
  assert.match(await page.textContent('.finding[data-rule="saml/schema-unexpected-element"]'),
    /md:SingleLogoutService\*, md:ManageNameIDService\*, md:NameIDFormat\*, md:SingleSignOnService\+/);
  await shot(page, 'saml-metadata-schema');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('paste metadata: summary table and findings render live', async () => {
  const { context, page } = await openTool();
  await page.fill('#tool-input', fixture('shibboleth-idp-metadata.xml'));
  await page.waitForSelector('.finding[data-rule="saml/nameid-format-none-supported"]');
  await page.fill('#tool-input', OKTA);
  await page.waitForFunction((id) => document.querySelector('.idp-id')?.textContent === id, OKTA_ID);
  const rows = await page.locator('table.webex-import th').allTextContents();
  for (const label of ['Issuer for SAML (IdP ID)', 'Customer SSO Service Login URL',
    'AuthnRequest Signed Destination', 'Signing certificate subject', 'SHA-1 fingerprint', 'SHA-256 fingerprint']) {
    assert.ok(rows.includes(label), `row ${label} in ${rows}`);
  }
  assert.equal(await page.locator('table.webex-import button', { hasText: 'Copy' }).count() >= 6, true);
  assert.equal(await page.locator('table.certs tbody tr').count(), 1);
  await page.waitForSelector('.all-clear');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a dropped file is checked in the worker', async () => {
  const { context, page } = await openTool();
  await page.evaluate((xml) => {
    const dt = new DataTransfer();
    dt.items.add(new File([xml], 'pingfederate-idp.xml', { type: 'text/xml' }));
    const area = document.querySelector('.input-area');
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, fixture('pingfederate-idp.xml'));
  await page.waitForSelector('.job-note:has-text("Checked pingfederate-idp.xml")');
  assert.match(await page.textContent('.job-note'), /background worker/);
  await page.waitForSelector('.finding[data-rule="saml/authn-requests-signed"]');
  // Small files are shown in the text box too.
  assert.match(await page.inputValue('#tool-input'), /EntityDescriptor/);
  assert.ok(page.requests.some((u) => u.endsWith('/preflight-worker_bg.wasm')), 'the worker wasm was loaded');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('an aggregate narrows to the one entity being imported', async () => {
  const { context, page } = await openTool();
  await page.fill('#tool-input', fixture('federation-aggregate.xml'));
  await page.waitForSelector('#entity-filter');
  const all = await page.locator('.findings .finding').count();
  const ids = await page.locator('#entity-ids option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(ids.includes('https://idp.gamma.example.org/idp/shibboleth'), `suggestions ${ids}`);
  // Pick one: only its card and its findings (plus the file's own) remain.
  await page.fill('#entity-filter', 'https://idp.gamma.example.org/idp/shibboleth');
  await page.waitForSelector('.focus-note[data-matched="1"]');
  assert.equal(await page.locator('details.idp').count(), 1);
  assert.equal(await page.textContent('details.idp .idp-id'), 'https://idp.gamma.example.org/idp/shibboleth');
  const paths = await page.locator('.findings .finding').allTextContents();
  assert.ok(paths.length > 0 && paths.length < all, `${paths.length} of ${all}`);
  assert.ok(!paths.some((t) => /EntityDescriptor\[[124]\]/.test(t)), 'no other member\'s findings');
  await shot(page, 'saml-metadata-entity-filter');
  // A near miss: the not-found finding suggests the real entityID.
  await page.fill('#entity-filter', 'https://idp.gamma.example.org/idp/Shibboleth/');
  await page.waitForSelector('.finding[data-rule="saml/entity-not-found"]');
  assert.match(await page.textContent('.finding[data-rule="saml/entity-not-found"]'), /did you mean `https:\/\/idp\.gamma\.example\.org\/idp\/shibboleth`/);
  await page.click('#entity-filter-clear');
  await page.waitForSelector('.focus-note', { state: 'detached' });
  assert.equal(await page.locator('.findings .finding').count(), all);
  // A single entity has nothing to narrow.
  await page.fill('#tool-input', OKTA);
  await page.waitForSelector('#entity-filter', { state: 'detached' });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('SP export round-trips: generated XML validates and downloads', async () => {
  const { context, page } = await openTool({ acceptDownloads: true });
  assert.equal(await page.inputValue('#sp-entity-id'), 'http://www.webex.com');
  await page.fill('#sp-acs-url', 'https://idbroker.webex.com/idb/Consumer/metaAlias/example/sp');
  await page.selectOption('#sp-nameid', 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
  await page.check('#sp-signed');
  await page.fill('#sp-cert', WEBEX_PEM);
  await page.waitForSelector('.sp-verdict.ok');
  const xml = await page.textContent('pre.sp-xml');
  assert.match(xml, /entityID="http:\/\/www\.webex\.com"/);
  assert.match(xml, /AuthnRequestsSigned="true"/);
  assert.match(xml, /nameid-format:emailAddress/);
  assert.match(xml, /<ds:X509Certificate>/);
  assert.equal(await page.locator('.sp-findings .finding.error').count(), 0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.sp-export button:has-text("Download XML")'),
  ]);
  assert.equal(download.suggestedFilename(), 'webex-sp-metadata.xml');
  const saved = readFileSync(await download.path(), 'utf8');
  assert.equal(saved, xml);

  // Fed back into the validator, it has no errors.
  await page.fill('#tool-input', saved);
  // The sample (ADFS) has an SP role too: wait until no IdP is left.
  await page.waitForFunction(() => document.querySelector('[data-count="sp"]')?.textContent === '1'
    && document.querySelector('[data-count="idp"]')?.textContent === '0');
  assert.equal(await page.locator('.findings .finding.error').count(), 0);

  // An empty ACS URL is caught by the same checks.
  await page.fill('#sp-acs-url', '');
  await page.waitForSelector('.sp-verdict.bad');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large aggregate goes through the worker with progress, and the page stays responsive', async () => {
  const { context, page } = await openTool();
  const xml = aggregate(4000);
  assert.ok(xml.length > 9_000_000, `aggregate is ${xml.length} bytes`);
  const file = { name: 'federation.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) };

  // First run: cancelled while it works, after typing elsewhere is handled.
  await page.setInputFiles('.input-area input[type=file]', file);
  await page.waitForSelector('.job-progress progress');
  await page.fill('#sp-entity-id', 'https://responsive.example/sp');
  await page.waitForFunction(() => document.querySelector('pre.sp-xml')?.textContent.includes('https://responsive.example/sp'));
  const stillBusy = await page.locator('.job-progress').count();
  if (stillBusy) {
    await page.click('#cancel-check');
    await page.waitForSelector('.job-note:has-text("Check cancelled")');
    assert.equal(await page.locator('.job-progress').count(), 0);
  } else {
    console.log('# the first run finished before the page was checked for responsiveness');
  }

  // Second run: to the end, progress rising on the way.
  await page.evaluate(() => {
    window.__progress = [];
    const seen = new MutationObserver(() => {
      const bar = document.querySelector('.job-bar');
      if (bar) window.__progress.push(Number(bar.getAttribute('value')));
    });
    seen.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  await page.setInputFiles('.input-area input[type=file]', file);
  await page.waitForSelector('.job-note:has-text("Checked federation.xml")', { timeout: 60000 });
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.length >= 2, `progress updates: ${progress}`);
  assert.ok(progress.some((p) => p > 0 && p < 1), `intermediate progress: ${progress}`);
  assert.equal(await page.textContent('[data-count="entities"]'), '4000');
  assert.equal(await page.textContent('[data-count="idp"]'), '4000');
  // Thousands of IdPs are paginated.
  assert.equal(await page.locator('details.idp').count(), 10);
  await page.click('.pager button:has-text("Next")');
  await page.waitForSelector('.pager-text:has-text("11–20 of 4000")');
  // A large file is not put into the text box.
  assert.equal(await page.inputValue('#tool-input'), '');
  await shot(page, 'saml-metadata-aggregate');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large paste goes through the worker too', async () => {
  const { context, page } = await openTool();
  const xml = aggregate(600);
  assert.ok(xml.length > 1024 * 1024);
  await page.evaluate((text) => {
    const t = document.getElementById('tool-input');
    t.value = text;
    t.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, xml);
  await page.waitForSelector('.job-note:has-text("Checked the pasted text")', { timeout: 30000 });
  assert.equal(await page.textContent('[data-count="entities"]'), '600');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('hostile XML: billion laughs gets the DTD finding and no page error', async () => {
  const { context, page } = await openTool();
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&lol9;"/>`;
  await page.fill('#tool-input', laughs);
  await page.waitForSelector('.findings .finding[data-rule="saml/xml-dtd-refused"]');
  // Binary junk and a truncated document do not break the page either.
  await page.fill('#tool-input', '\u0000\u0001\u00ff<md:Entity');
  await page.waitForSelector('.findings .finding.error');
  await page.fill('#tool-input', OKTA.slice(0, 900));
  await page.waitForSelector('.findings .finding[data-rule="saml/xml-not-well-formed"]');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('dark theme and 360 px: no horizontal page scroll', async () => {
  const { context, page } = await openTool({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  await page.waitForSelector('table.webex-import');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await shot(page, 'saml-metadata-dark-360');
  await page.locator('details.idp').first().screenshot({ path: join(SHOTS, 'saml-metadata-dark-360-import.png') });
  await page.locator('.sp-export').screenshot({ path: join(SHOTS, 'saml-metadata-dark-360-export.png') });
  await context.close();
  const wide = await openTool({ colorScheme: 'dark' });
  await wide.page.waitForSelector('table.webex-import');
  await shot(wide.page, 'saml-metadata-dark');
  await wide.context.close();
});

test('standalone file: no worker from file://, the page checks files itself', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(pathToFileURL(join(DIST, 'preflight-standalone.html')).href + '#/saml-metadata');
  await page.waitForSelector('.page[data-tool="saml-metadata"]');
  await page.setInputFiles('.input-area input[type=file]',
    { name: 'okta-idp.xml', mimeType: 'text/xml', buffer: Buffer.from(OKTA) });
  await page.waitForSelector('.job-note:has-text("single-file build")');
  await page.waitForFunction((id) => document.querySelector('.idp-id')?.textContent === id, OKTA_ID);
  const foreign = page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
  await context.close();
});
