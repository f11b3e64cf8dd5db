// End-to-end tests of the network pages (DNS SRV, firewall, P2P ports) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, SHOTS } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const SERVER_LINE = '_xmpp-server._tcp.example.com. 86400 IN SRV 5 0 5269 s2s.example.com.webexconnect.com.';
const CLIENT_LINE = '_xmpp-client._tcp.example.com. 86400 IN SRV 5 0 5222 c2s.example.com.webexconnect.com.';

/** A full-page screenshot from the top, and on narrow screens also one per
 * screenful (a 360 px full page is too tall to read when scaled down). */
async function shot(page, name, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  const { width, height } = page.viewportSize();
  if (fullPage && width < 500) {
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0, y = 0; y < total && i < 8; i++, y += height - 60) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.screenshot({ path: join(SHOTS, `${name}-part${i + 1}.png`) });
    }
  }
}

/** Set an input's value the way a paste does, without typing it key by key. */
async function paste(page, selector, value) {
  await page.evaluate(([sel, v]) => {
    const el = document.querySelector(sel);
    el.value = v;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, [selector, value]);
}

async function srvPage(options) {
  const { context, page } = await openPage(browser, options);
  await page.goto(origin + '/#/srv');
  await page.waitForSelector('#srv-domain');
  return { context, page };
}

async function waitZone(page, needle) {
  await page.waitForFunction((n) => document.querySelector('#zone-lines')?.textContent.includes(n), needle);
}

test('SRV: typing a domain renders both records and every output format', async () => {
  const { context, page } = await srvPage();
  // The first render already shows the default domain's records.
  await page.waitForSelector('table.srv-records tbody tr');
  await page.fill('#srv-domain', 'acme.org');
  await waitZone(page, '_xmpp-server._tcp.acme.org.');
  await page.fill('#srv-domain', '');
  await page.type('#srv-domain', 'example.com');
  await waitZone(page, SERVER_LINE);
  const zone = (await page.textContent('#zone-lines')).split('\n').filter(Boolean);
  assert.deepEqual(zone, [SERVER_LINE, CLIENT_LINE]);

  // The guide's field list as a table.
  const rows = await page.$$eval('table.srv-records tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0].slice(1), ['_xmpp-server', '_tcp', 'example.com', '86400', '5', '0', '5269', 's2s.example.com.webexconnect.com.']);
  assert.deepEqual(rows[1].slice(1), ['_xmpp-client', '_tcp', 'example.com', '86400', '5', '0', '5222', 'c2s.example.com.webexconnect.com.']);
  assert.ok(await page.locator('.all-clear').count() >= 1);

  // Every format, each in its own tab.
  const expect = {
    bind: (t) => t.includes(SERVER_LINE) && t.includes(CLIENT_LINE),
    nsupdate: (t) => t.includes(`update add ${SERVER_LINE}`) && t.trim().endsWith('send'),
    powershell: (t) => /Add-DnsServerResourceRecord -Srv/.test(t) && t.includes('-Port 5269') && t.includes('-Port 5222'),
    route53: (t) => JSON.parse(t).Changes.length === 2,
    azure_cli: (t) => (t.match(/az network dns record-set srv add-record/g) || []).length === 2,
    cloudflare: (t) => { const j = JSON.parse(t); return j.length === 2 && j.every((r) => r.type === 'SRV'); },
    fields: (t) => t.includes('Service = _xmpp-server') && t.includes('Target = c2s.example.com.webexconnect.com'),
  };
  for (const [key, ok] of Object.entries(expect)) {
    await page.click(`.tab[data-format="${key}"]`);
    await page.waitForSelector(`#out-${key}`);
    assert.equal(await page.getAttribute(`.tab[data-format="${key}"]`, 'aria-selected'), 'true');
    const text = await page.textContent(`#out-${key}`);
    assert.ok(ok(text), `${key} output:\n${text}`);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.tab-panel .code-block button:has-text("Download")'),
  ]);
  assert.equal(download.suggestedFilename(), 'example.com.srv.fields.txt');

  // Advanced options are checked live by the core.
  await page.click('.advanced summary');
  await page.fill('#srv-ttl', '3600');
  await waitZone(page, '_xmpp-server._tcp.example.com. 3600 IN SRV');
  await page.fill('#srv-server-port', '70000');
  await page.waitForSelector('.finding[data-rule="srv/number-out-of-range"]');
  assert.equal(await page.locator('.field.invalid #srv-server-port').count(), 1);
  await page.fill('#srv-server-port', '');
  await page.fill('#srv-client-target', '192.0.2.1');
  await page.waitForSelector('.finding.error');
  await page.fill('#srv-client-target', '');
  await page.fill('#srv-ttl', '');
  await waitZone(page, SERVER_LINE);
  await page.click('.tab[data-format="bind"]');
  await shot(page, 'srv-light');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('SRV: dark theme and a 360 px screen', async () => {
  for (const [name, opts] of [['srv-dark', { colorScheme: 'dark' }], ['srv-360', { viewport: { width: 360, height: 780 } }]]) {
    const { context, page } = await srvPage(opts);
    await page.fill('#srv-domain', 'example.com');
    await waitZone(page, SERVER_LINE);
    await page.click('.advanced summary');
    await page.click('text=Load sample');
    await page.waitForSelector('.status-list .status');
    // No horizontal page scroll: wide tables scroll inside their wrapper.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    await shot(page, name);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});

test('SRV: an internationalised domain shows Unicode and punycode', async () => {
  const { context, page } = await srvPage();
  await page.fill('#srv-domain', 'bücher.example');
  await page.waitForSelector('.idn-ascii');
  assert.equal(await page.textContent('.idn-ascii'), 'xn--bcher-kva.example');
  assert.equal(await page.textContent('.idn-unicode'), 'bücher.example');
  await waitZone(page, '_xmpp-server._tcp.xn--bcher-kva.example. 86400 IN SRV 5 0 5269 s2s.xn--bcher-kva.example.webexconnect.com.');
  await shot(page, 'srv-idn', false);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('SRV: hostile domain input is a finding, rendered as text, and the page survives', async () => {
  const { context, page } = await srvPage();
  const scripts = () => page.evaluate(() => document.querySelectorAll('script').length);
  const before = await scripts();
  let alerted = false;
  page.on('dialog', async (d) => { alerted = true; await d.dismiss(); });

  await page.fill('#srv-domain', '<script>alert(1)</script>');
  await page.waitForSelector('.finding.error');
  assert.equal(await page.locator('main script').count(), 0);
  assert.equal(await scripts(), before);
  assert.equal(await page.locator('table.srv-records').count(), 0);
  assert.match(await page.textContent('.findings'), /<script>|script/);

  await paste(page, '#srv-domain', 'acme\u0000.com\u0007\u202e');
  await page.waitForSelector('.finding.error');
  await page.waitForFunction(() => !document.querySelector('table.srv-records'));

  // A 1 MB paste.
  await paste(page, '#srv-domain', 'a'.repeat(1 << 20) + '.com');
  await page.waitForSelector('.finding.error');
  const longest = await page.$$eval('.finding .message', (ms) => Math.max(...ms.map((m) => m.textContent.length)));
  assert.ok(longest < 2000, `finding message is ${longest} characters`);

  // A 10 MB paste of junk into the verify box. (Long lines: Chromium's own
  // layout of a textarea holding 260,000 short lines takes 15 s here.)
  await page.fill('#srv-domain', 'example.com');
  await waitZone(page, SERVER_LINE);
  const line = '<img src=x onerror=alert(2)> \u0001 ' + 'z'.repeat(988) + ' 5 0 5269\n';
  await paste(page, '#tool-input', line.repeat(Math.ceil(10 * 1024 * 1024 / line.length)));
  await page.waitForSelector('.verify .finding', { timeout: 60000 });
  assert.equal(await page.locator('main img').count(), 0);

  // Still alive: a normal domain renders again.
  await page.fill('#srv-domain', 'acme.com');
  await waitZone(page, '_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.');
  assert.equal(alerted, false);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('SRV verify: one wrong port is a mismatch, the other record is ok', async () => {
  const { context, page } = await srvPage();
  await page.fill('#srv-domain', 'example.com');
  await waitZone(page, SERVER_LINE);
  assert.equal(await page.locator('.verify-empty').count(), 1);
  await page.fill('#tool-input', `${SERVER_LINE}\n${CLIENT_LINE.replace(' 5222 ', ' 5223 ')}\n`);
  await page.waitForSelector('.status[data-status="mismatch"]');
  assert.equal(await page.getAttribute('.status[data-status="mismatch"]', 'data-name'), '_xmpp-client._tcp.example.com.');
  assert.equal(await page.getAttribute('.status[data-status="ok"]', 'data-name'), '_xmpp-server._tcp.example.com.');
  await page.waitForSelector('.verify .finding[data-rule="srv/verify-wrong-port"]');
  assert.match(await page.textContent('.verify .finding[data-rule="srv/verify-wrong-port"]'), /5223/);
  assert.equal(await page.locator('table.published tbody tr').count(), 2);

  // Only the federation record published: the client one is missing.
  await page.fill('#tool-input', SERVER_LINE);
  await page.waitForSelector('.status[data-status="missing"]');

  // dig output with both records matches.
  await page.fill('#tool-input', `;; ANSWER SECTION:\n${SERVER_LINE}\n${CLIENT_LINE}\n`);
  await page.waitForFunction(() => document.querySelectorAll('.status[data-status="ok"]').length === 2);

  // The sample demonstrates a forgotten trailing dot.
  await page.click('text=Load sample');
  await page.waitForSelector('.verify .finding[data-rule="srv/verify-missing-trailing-dot"], .verify .finding[data-rule="srv/verify-wrong-target"]');
  await shot(page, 'srv-verify');
  assert.deepEqual(page.problems, []);
  await context.close();
});

async function firewallPage(options) {
  const { context, page } = await openPage(browser, options);
  await page.goto(origin + '/#/firewall');
  await page.waitForSelector('#fw-p2p');
  await page.waitForSelector('.ruleset');
  return { context, page };
}

const RULESETS = ['iptables', 'nftables', 'powershell', 'asa'];

test('Firewall: four rule sets that follow the P2P range and toggles; an invalid range shows the ports findings', async () => {
  const { context, page } = await firewallPage();
  assert.deepEqual(await page.$$eval('.ruleset', (s) => s.map((x) => x.dataset.ruleset)), RULESETS);
  const rules = (k) => page.textContent(`#rules-${k}`);
  assert.match(await rules('iptables'), /32434:33598/);
  assert.match(await rules('nftables'), /32434-33598/);
  assert.match(await rules('powershell'), /New-NetFirewallRule/);
  assert.match(await rules('asa'), /access-list/);
  assert.ok(await page.locator('table.fw-requirements tbody tr').count() >= 5);
  assert.match(await page.textContent('#fw-note'), /Not recommended/);
  await shot(page, 'firewall-light');

  await page.fill('#fw-p2p', '40000-41999');
  await page.waitForFunction(() => document.querySelector('#rules-iptables')?.textContent.includes('40000:41999'));
  for (const k of RULESETS) assert.match(await rules(k), /40000/);
  await page.waitForSelector('.finding[data-rule="firewall/p2p-range-not-default"], .finding.info, .finding.warning');

  // Federation off: no TCP 5269 rule.
  assert.match(await rules('iptables'), /5269/);
  await page.uncheck('#fw-federation');
  await page.waitForFunction(() => !document.querySelector('#rules-iptables')?.textContent.includes('5269'));

  // The IP-range restriction shows the guide's warning.
  await page.check('#fw-restrict');
  await page.waitForSelector('.finding[data-rule="firewall/ip-restriction-not-recommended"]');
  assert.equal(await page.locator('#fw-note.active').count(), 1);
  await page.waitForSelector('table.ip-ranges');

  // The guide's invalid example: the ports rules fire, no rules are offered.
  await page.fill('#fw-p2p', '1034-1024');
  await page.waitForSelector('.finding[data-rule="ports/max-not-greater"]');
  await page.waitForSelector('.no-rules');
  assert.equal(await page.locator('.ruleset').count(), 0);
  assert.equal(await page.locator('.field.invalid #fw-p2p').count(), 1);
  await page.fill('#fw-p2p', 'nonsense');
  await page.waitForSelector('.finding.error');

  // A hostile domain is a finding, not markup.
  await page.fill('#fw-p2p', '32434-33598');
  await page.fill('#fw-domain', '<b>x</b>');
  await page.waitForSelector('.field.invalid #fw-domain');
  assert.equal(await page.locator('main b').count(), 0);
  await page.fill('#fw-domain', 'acme.com');
  await page.waitForFunction(() => document.querySelector('#rules-iptables')?.textContent.includes('acme.com'));

  await page.click('text=Reset to defaults');
  await page.waitForFunction(() => document.querySelector('#fw-p2p').value === '32434-33598');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.ruleset[data-ruleset="iptables"] button:has-text("Download")'),
  ]);
  assert.equal(download.suggestedFilename(), 'webex-iptables.sh');
  const body = await readFile(await download.path(), 'utf8');
  assert.match(body, /iptables/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('Firewall: dark theme and a 360 px screen', async () => {
  for (const [name, opts] of [['firewall-dark', { colorScheme: 'dark' }], ['firewall-360', { viewport: { width: 360, height: 780 } }]]) {
    const { context, page } = await firewallPage(opts);
    await page.check('#fw-restrict');
    await page.waitForSelector('table.ip-ranges');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    await shot(page, name);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});

test('Ports: a zoomed bar shows the range near the default, and the overlaps are listed', async () => {
  for (const [name, opts] of [['ports-zoom-light', {}], ['ports-zoom-dark', { colorScheme: 'dark' }], ['ports-zoom-360', { viewport: { width: 360, height: 780 } }]]) {
    const { context, page } = await openPage(browser, opts);
    await page.goto(origin + '/#/ports');
    await page.waitForSelector('#p2p-min');
    // The default range: zoomed, no overlap.
    await page.waitForSelector('svg.range-bar.zoom');
    await page.waitForSelector('.no-overlap');
    assert.equal(await page.locator('svg.range-bar.zoom .chosen').count(), 1);
    // A range near the default is visible on the zoomed bar, wider than a sliver.
    await page.fill('#p2p-min', '33000');
    await page.fill('#p2p-max', '34500');
    await page.waitForFunction(() => document.querySelector('.range-text')?.textContent.includes('33000–34500'));
    const w = await page.$eval('svg.range-bar.zoom .chosen', (r) => r.getBoundingClientRect().width);
    const full = await page.$eval('svg.range-bar.zoom', (r) => r.getBoundingClientRect().width);
    assert.ok(w > full / 4, `zoomed range is ${w}px of ${full}px`);
    // Min/Max errors still show live.
    await page.fill('#p2p-min', '1034');
    await page.fill('#p2p-max', '1024');
    await page.waitForSelector('.finding[data-rule="ports/max-not-greater"]');
    // A range over the other Webex ports lists each overlap.
    await page.fill('#p2p-min', '5000');
    await page.fill('#p2p-max', '9000');
    await page.waitForSelector('.overlap-list li');
    const ports = await page.$$eval('.overlap-list li', (li) => li.map((l) => l.dataset.port));
    // The range is UDP: only the UDP ports overlap; the TCP ones are an info.
    assert.deepEqual(ports.sort(), ['5101', '8070', '8090']);
    assert.equal(await page.locator('.finding[data-rule="ports/overlaps-service-port"]').count(), 3);
    assert.equal(await page.locator('.finding[data-rule="ports/range-covers-tcp-port"]').count(), 2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    await page.fill('#p2p-min', '33000');
    await page.fill('#p2p-max', '34500');
    await page.waitForSelector('.no-overlap');
    await shot(page, name);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});
