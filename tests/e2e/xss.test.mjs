// XSS: every input whose text the pages echo back (entity ids, certificate
// subjects, CSV cells, domains, cron text, option fields, file names, the
// route itself) is given markup payloads. Nothing may execute and nothing may
// render as markup: the text stays text.
//
// The page's Content-Security-Policy would already block inline handlers, so
// the context bypasses it: a payload that reached the DOM as markup would run
// here, set `window.__xss` or open a dialog, and fail the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, appReady, ROOT } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '"><svg onload="window.__xss=2">',
  "'><script>window.__xss=3</script>",
  'javascript:window.__xss=4',
  '</textarea><img src=x onerror="window.__xss=5">',
  '<svg><script>window.__xss=6</script></svg>',
  '" autofocus onfocus="window.__xss=7" x="',
  '<a href="javascript:window.__xss=8">x</a>',
  '<iframe srcdoc="<script>parent.__xss=9</script>"></iframe>',
];
const ALL = PAYLOADS.join(' ');

const fixture = (dir, name) => readFile(join(ROOT, 'tests/fixtures', dir, name), 'utf8');

async function open(route) {
  const { context, page } = await openPage(browser, { bypassCSP: true });
  page.dialogs = [];
  page.on('dialog', async (d) => { page.dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(origin + '/' + route);
  await appReady(page);
  return { context, page };
}

/** Markup that only a payload could have created. */
async function injected(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
        if (/^\s*javascript:/i.test(a.value) && (a.name === 'href' || a.name === 'src')) found.push(`${el.tagName} ${a.name}=${a.value}`);
      }
    }
    for (const el of document.querySelectorAll('img[src="x"], iframe, object, embed, script:not([src])')) {
      found.push(el.outerHTML.slice(0, 80));
    }
    return found;
  });
}

async function assertInert(page, where) {
  // Give the page time to check and render what was typed.
  await page.waitForTimeout(250);
  await page.waitForLoadState('load');
  assert.deepEqual(await injected(page), [], `${where}: markup was rendered`);
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: a payload ran`);
  assert.deepEqual(page.dialogs, [], `${where}: a dialog opened`);
}

/** Fill each field with every payload at once, one field at a time. */
async function fillEach(route, fields) {
  const { context, page } = await open(route);
  for (const [selector, value] of fields) {
    await page.waitForSelector(selector, { state: 'attached' });
    // Fields under a closed "Advanced" disclosure are opened first.
    await page.evaluate((sel) => document.querySelector(sel).closest('details')?.setAttribute('open', ''), selector);
    await page.fill(selector, value);
    await assertInert(page, `${route} ${selector}`);
  }
  return { context, page };
}

test('SAML metadata: entity id, filter and SP export fields', async () => {
  const okta = await fixture('saml', 'okta-idp.xml');
  const evil = okta.replace(/entityID="[^"]*"/, `entityID="${ALL.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')}"`);
  const agg = (await fixture('saml', 'federation-aggregate.xml'));
  const { context, page } = await fillEach('#/saml-metadata', [['#tool-input', evil], ['#tool-input', ALL]]);
  await page.fill('#tool-input', agg);
  await page.waitForSelector('#entity-filter');
  await page.fill('#entity-filter', ALL);
  await assertInert(page, 'entity filter');
  for (const sel of ['#sp-entity-id', '#sp-acs-url']) {
    if (await page.locator(sel).count()) {
      await page.fill(sel, ALL);
      await assertInert(page, sel);
    }
  }
  await context.close();
});

test('SAML response: message, SP entity id, clock skew, IdP metadata', async () => {
  const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_1" Version="2.0" IssueInstant="2026-06-01T00:00:00Z" Destination="${ALL.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')}"><saml:Issuer>${ALL.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</saml:Issuer></samlp:Response>`;
  const { context } = await fillEach('#/saml-response', [
    ['#tool-input', xml], ['#tool-input', ALL], ['#sp-entity-id', ALL], ['#idp-metadata', ALL],
  ]);
  await context.close();
});

test('certificates: a subject made of markup is shown as text', async () => {
  const pem = await fixture('hostile', 'xss-subject.pem');
  const { context, page } = await fillEach('#/cert', [['#tool-input', pem]]);
  await page.waitForFunction(() => document.body.innerText.includes('<img src=x onerror=window.__xss=1>'));
  await page.fill('#tool-input', ALL);
  await assertInert(page, 'cert text');
  await page.fill('#cert-warn-days', ALL).catch(() => {}); // a number field refuses text
  await assertInert(page, 'cert warn days');
  await context.close();
});

test('cron: expression and time zone, also from the URL', async () => {
  const { context, page } = await fillEach('#/cron', [['#cron-expr', `0 0 12 * * ? ${ALL}`], ['#cron-tz', ALL]]);
  await page.waitForFunction(() => document.body.innerText.includes('<img src=x'));
  await context.close();
  const viaUrl = await open('#/cron?expr=' + encodeURIComponent(ALL));
  await assertInert(viaUrl.page, 'cron from the URL');
  await viaUrl.context.close();
});

test('CSV users: cells and a file name made of markup', async () => {
  const csv = `firstName,lastName,email,userName\n"${ALL.replaceAll('"', '""')}",Lee,${PAYLOADS[0].replaceAll(' ', '')}@example.com,ann@example.com\n`;
  const { context, page } = await fillEach('#/csv-users', [['#tool-input', csv]]);
  await page.waitForSelector('.finding');
  await page.setInputFiles('.input-area input[type="file"]', {
    name: `${PAYLOADS[0]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv),
  });
  await page.waitForTimeout(500);
  await assertInert(page, 'CSV file name');
  await context.close();
});

test('check everything: file names, file contents and option fields made of markup', async () => {
  const esc = ALL.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  const sp = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${esc}"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:AssertionConsumerService index="0" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${esc}"/></md:SPSSODescriptor></md:EntityDescriptor>`;
  const response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_1" Version="2.0" IssueInstant="2026-06-01T00:00:00Z" Destination="${esc}"><saml:Issuer>${esc}</saml:Issuer></samlp:Response>`;
  const csv = `firstName,lastName,email,userName\n"${ALL.replaceAll('"', '""')}",Lee,ann@${PAYLOADS[0].replaceAll(' ', '')},ann\n`;
  const { context, page } = await fillEach('#/check', [['#check-domains', ALL], ['#check-sp-entity-id', ALL], ['#check-go-live', ALL], ['#check-p2p', ALL]]);
  await page.fill('#check-domains', '');
  await page.dispatchEvent('#check-domains', 'change');
  await page.fill('#check-go-live', '');
  await page.dispatchEvent('#check-go-live', 'change');
  await page.fill('#check-p2p', '');
  await page.dispatchEvent('#check-p2p', 'change');
  await page.setInputFiles('#check-files', [
    { name: `${PAYLOADS[0]}.xml`, mimeType: 'text/xml', buffer: Buffer.from(sp) },
    { name: `${PAYLOADS[1]}.xml`, mimeType: 'text/xml', buffer: Buffer.from(response) },
    { name: `${PAYLOADS[2]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) },
    { name: `${PAYLOADS[4]}.txt`, mimeType: 'text/plain', buffer: Buffer.from(ALL) },
  ]);
  await page.waitForSelector('section.verdict', { timeout: 30000 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await assertInert(page, 'check everything files');
  await context.close();
});

test('network pages: domains, targets, pasted DNS output, ports, firewall', async () => {
  const srv = await fillEach('#/srv', [
    ['#srv-domain', ALL], ['#srv-server-target', ALL], ['#srv-client-target', ALL],
    ['#srv-ttl', ALL], ['#srv-priority', ALL], ['#srv-weight', ALL], ['#srv-server-port', ALL], ['#srv-client-port', ALL],
  ]);
  if (await srv.page.locator('#tool-input').count()) {
    await srv.page.fill('#tool-input', `_xmpp-server._tcp.acme.com. 3600 IN SRV 5 0 5269 ${ALL}.\n`);
    await assertInert(srv.page, 'srv verify paste');
  }
  await srv.context.close();
  const ports = await fillEach('#/ports', [['#p2p-min', ALL], ['#p2p-max', ALL]]);
  await ports.context.close();
  const fw = await fillEach('#/firewall', [['#fw-p2p', ALL], ['#fw-domain', ALL]]);
  await fw.context.close();
});

test('routes: an unknown page and a rule id made of markup', async () => {
  for (const route of ['#/' + encodeURIComponent(ALL), '#/rules?id=' + encodeURIComponent(ALL)]) {
    const { context, page } = await open(route);
    await assertInert(page, route);
    await context.close();
  }
});

test('the detector itself: markup that does reach the DOM is caught and runs', async () => {
  // Proves the checks above can fail: with the CSP bypassed, injected markup
  // executes and is found.
  const { context, page } = await open('#/');
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOADS[0]);
  await page.waitForFunction(() => window.__xss === 1);
  assert.ok((await injected(page)).length > 0);
  assert.ok(page.dialogs.length > 0, 'the alert was seen');
  await context.close();
});
