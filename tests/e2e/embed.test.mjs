// End-to-end tests of the widgets (www/preflight-embed.js) in headless
// Chromium: the demo portal under its own strict CSP, the custom elements,
// the result event, the JS API and its parity with the CLI's JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openPage, SHOTS, ROOT } from './harness.mjs';

const env = useBrowser({ before, after });

const fixture = (p) => join(ROOT, 'tests/fixtures', p);
const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

// Computed styles of the host page's own elements, to show the widgets
// change none of them.
// (The upload buttons and the status line change on purpose: the portal's
// own script reacts to the results.)
const HOST_PROBES = ['body', 'h1', 'h2', '.crumbs', '.lede', '.step', '.num', 'main', '.portal-header a'];
const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'margin-top', 'padding-left', 'border-top-width', 'border-radius'];
function hostStyles(page) {
  return page.evaluate(({ probes, props }) => probes.map((sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return [sel, props.map((p) => cs.getPropertyValue(p))];
  }), { probes: HOST_PROBES, props: PROPS });
}

test('embed demo: three widgets mount under a strict CSP, announce results and leave the host styles alone', async () => {
  const { context, page } = await openPage(env.browser);
  // The host's styles before any widget is defined: the demo's script is
  // held back until they are read.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/embed-demo.js', async (route) => { await held; await route.continue(); });
  await page.goto(env.origin + '/embed-demo.html', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('.status') && document.styleSheets.length > 0
    && getComputedStyle(document.body).backgroundColor === 'rgb(244, 241, 234)');
  const before = await hostStyles(page);
  release();
  await page.evaluate(() => {
    window.results = [];
    document.addEventListener('preflight-result', (e) => window.results.push({ id: e.target.id, tool: e.detail.tool, errors: e.detail.summary.errors }));
  });
  // The cron widget checks its `value` attribute as soon as it mounts.
  await page.waitForFunction(() => document.querySelector('#w-cron')?.report);
  const cron = await page.evaluate(() => document.querySelector('#w-cron').report);
  assert.equal(cron.tool, 'cron');
  assert.equal(cron.summary.errors, 0);
  assert.match(cron.data.description, /At 02:00:00 GMT/);
  assert.equal(cron.data.next.length, 3, 'count="3" reached the core');
  const cronText = await page.locator('#w-cron').evaluate((w) => w.shadowRoot.textContent);
  assert.match(cronText, /Ready/);
  assert.match(cronText, /Next fire times/);
  assert.equal(await page.isDisabled('button[data-for="w-cron"]'), false, 'the portal enabled its button from the event');

  // Users: a CSV with a bad address keeps the upload button disabled.
  const csv = page.locator('#w-csv');
  await csv.locator('textarea').fill('firstName,lastName,email,userName\nJane,Doe,jane.doe@example,jane.doe@example\n');
  await page.waitForFunction(() => document.querySelector('#w-csv')?.report);
  const bad = await page.evaluate(() => document.querySelector('#w-csv').report);
  assert.ok(bad.summary.errors > 0, 'an invalid email is an error');
  assert.ok(bad.findings.some((f) => f.rule === 'csv/email-invalid'));
  assert.equal(await page.isDisabled('button[data-for="w-csv"]'), true);
  assert.match(await csv.evaluate((w) => w.shadowRoot.querySelector('.findings').textContent), /csv\/email-invalid/);

  // Fixing it re-validates and enables the button.
  await csv.locator('textarea').fill(readFileSync(fixture('csv/clean_utf8_bom_crlf.csv'), 'utf8'));
  await page.waitForFunction(() => document.querySelector('#w-csv').report?.summary.errors === 0);
  await page.waitForFunction(() => !document.querySelector('button[data-for="w-csv"]').disabled);

  // SSO: a metadata file picked through the widget's own file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#w-saml').locator('button').click();
  await (await chooser).setFiles(fixture('saml/okta-idp.xml'));
  await page.waitForFunction(() => document.querySelector('#w-saml')?.report?.tool === 'saml-metadata');
  const saml = await page.evaluate(() => document.querySelector('#w-saml').report);
  assert.equal(saml.data.counts.entities, 1);
  await page.waitForFunction(() => window.results.some((r) => r.id === 'w-saml'));

  const results = await page.evaluate(() => window.results);
  assert.deepEqual([...new Set(results.map((r) => r.tool))].sort(), ['cron', 'csv-users', 'saml-metadata']);
  assert.match(await page.textContent('#status'), /Ready to provision|Fix the steps/);

  // The host page looks exactly as it did before the widgets arrived.
  assert.deepEqual(await hostStyles(page), before);
  // The host's broad `button` and `li` rules did not reach into a widget.
  const inner = await csv.evaluate((w) => {
    const b = getComputedStyle(w.shadowRoot.querySelector('button'));
    return { bg: b.backgroundColor, radius: b.borderTopLeftRadius, font: b.fontFamily };
  });
  assert.notEqual(inner.bg, 'rgb(252, 163, 17)', 'host button colour leaked into the widget');
  assert.equal(inner.radius, '2px', 'the portal theme (--preflight-radius) applies');
  assert.match(inner.font, /Helvetica Neue/, 'the portal theme (--preflight-font) applies');

  // Nothing but this origin was contacted, and the CSP held without complaint.
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(env.origin) && !u.startsWith('data:')), []);
  assert.deepEqual(page.problems, []);
  // The checks ran in Web Workers.
  assert.ok(page.workers().length >= 1, 'checks run off the main thread');
  await shot(page, 'embed-demo');
  await context.close();
});

test('embed API: check() returns the report the CLI prints as JSON', async (t) => {
  const bin = process.env.PREFLIGHT_BIN || join(ROOT, 'target/debug/preflight');
  if (!existsSync(bin)) t.skip('no CLI build');
  const { context, page } = await openPage(env.browser);
  await page.goto(env.origin + '/embed-demo.html');
  const now = '2026-11-22T08:00:00Z';
  const cases = [
    { tool: 'cron', input: '0 0 12 ? * MON-FRI', options: { now, count: 4, tz: 'Europe/London' },
      cli: ['cron', '0 0 12 ? * MON-FRI', '--from', now, '--count', '4', '--tz', 'Europe/London'] },
    { tool: 'ports', input: '50000 52000', options: {}, cli: ['ports', '50000', '52000'] },
    { tool: 'broadworks', input: '200039', options: {}, cli: ['broadworks', 'error-code', '200039'] },
    { tool: 'cert', file: 'x509/chain-ec-root.pem', options: { now }, cli: ['cert', fixture('x509/chain-ec-root.pem'), '--now', now] },
    { tool: 'saml-metadata', file: 'saml/okta-idp.xml', options: { now }, cli: ['saml-metadata', fixture('saml/okta-idp.xml'), '--now', now] },
    { tool: 'csv-users', file: 'csv/messy_values.csv', options: {}, cli: ['csv-users', fixture('csv/messy_values.csv')] },
  ];
  for (const c of cases) {
    const input = c.file ? [...readFileSync(fixture(c.file))] : c.input;
    const report = await page.evaluate(async ({ tool, input, options }) => {
      const { check } = await import('./preflight-embed.js');
      return check(tool, Array.isArray(input) ? new Uint8Array(input) : input, options);
    }, { tool: c.tool, input, options: c.options });
    let out;
    try {
      out = execFileSync(bin, [...c.cli, '--format', 'json'], { encoding: 'utf8' });
    } catch (e) {
      out = e.stdout; // exit 1: the report has errors
    }
    const cli = JSON.parse(out);
    // The CLI names the file it read; the widget had no file name.
    assert.deepEqual(strip(report), strip(cli), `${c.tool}: widget and CLI reports differ`);
  }
  await context.close();
});

// Fields that name where the input came from, not what was found.
function strip(report) {
  return JSON.parse(JSON.stringify(report, (k, v) => (k === 'file' || k === 'path' && typeof v === 'string' && v.startsWith('/') ? undefined : v)));
}

test('embed API: bad options and unknown tools are errors, mount() binds a portal field', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.origin + '/embed-demo.html');
  const errors = await page.evaluate(async () => {
    const { check } = await import('./preflight-embed.js');
    const out = [];
    for (const [tool, options] of [['cron', { sso: true }], ['no-such-tool', {}], ['cron', { count: 'many' }]]) {
      try { await check(tool, '* * * * * ?', options); out.push('no error'); } catch (e) { out.push(e.message); }
    }
    return out;
  });
  assert.match(errors[0], /no option `sso`/);
  assert.match(errors[1], /no tool "no-such-tool"/);
  assert.match(errors[2], /count must be a whole number/);

  // A portal's own <input>: checked as typed, result announced on it.
  const seen = await page.evaluate(async () => {
    const { mount } = await import('./preflight-embed.js');
    const field = document.createElement('input');
    document.body.append(field);
    const events = [];
    field.addEventListener('preflight-result', (e) => events.push(e.detail.summary.errors));
    const handle = mount(field, 'cron', { now: '2026-11-22T08:00:00Z' });
    const first = await handle.setInput('0 0 12 * * ?');
    field.value = '0 0 25 * * ?';
    field.dispatchEvent(new Event('input'));
    await new Promise((ok) => field.addEventListener('preflight-result', ok, { once: true }));
    const second = handle.getReport();
    handle.destroy();
    return { first: first.summary.errors, second: second.summary.errors, events };
  });
  assert.equal(seen.first, 0);
  assert.ok(seen.second > 0, 'hour 25 is an error');
  assert.deepEqual(seen.events, [0, seen.second]);

  // mount() into a container renders the widget; setting `value` re-validates.
  const widget = await page.evaluate(async () => {
    const { mount } = await import('./preflight-embed.js');
    const box = document.createElement('div');
    document.body.append(box);
    const handle = mount(box, 'ports', {});
    handle.setInput('50000 52000');
    const w = box.querySelector('preflight-ports');
    await new Promise((ok) => w.addEventListener('preflight-result', ok, { once: true }));
    const good = handle.getReport().summary.errors;
    w.setAttribute('value', '52000 50000');
    await new Promise((ok) => w.addEventListener('preflight-result', ok, { once: true }));
    const bad = handle.getReport().summary.errors;
    handle.destroy();
    return { good, bad, gone: !box.querySelector('preflight-ports') };
  });
  assert.deepEqual(widget, { good: 0, bad: widget.bad, gone: true });
  assert.ok(widget.bad > 0, 'a reversed range is an error');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('embed: input text is shown as text, never as markup', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.origin + '/embed-demo.html');
  await page.waitForFunction(() => document.querySelector('#w-cron')?.report);
  await page.evaluate(() => { document.querySelector('#w-cron').value = '<img src=x onerror="window.pwned=1"> * * * * ?'; });
  await page.waitForFunction(() => document.querySelector('#w-cron').report?.summary.errors > 0);
  const html = await page.locator('#w-cron').evaluate((w) => w.shadowRoot.querySelector('.findings').innerHTML);
  assert.ok(!html.includes('<img'), 'the input appears escaped');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
});

test('embed: every element checks its input and shows its result', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.origin + '/embed-demo.html');
  const certPem = readFileSync(fixture('x509/chain-ec-root.pem'), 'utf8');
  const dir = join(ROOT, 'tests/fixtures/directory/broken/blank-line');
  const { readdirSync } = await import('node:fs');
  const dirFiles = readdirSync(dir).map((name) => ({ name, bytes: [...readFileSync(join(dir, name))] }));
  const results = await page.evaluate(async ({ certPem, dirFiles }) => {
    await import('./preflight-embed.js');
    const host = document.createElement('div');
    host.id = 'all-widgets';
    document.querySelector('main').append(host);
    const cases = [
      ['preflight-ports', '50000 52000'],
      ['preflight-srv', 'example.com'],
      ['preflight-firewall', ''],
      ['preflight-broadworks-code', '200039'],
      ['preflight-cert', certPem],
      ['preflight-saml-response', 'not a response'],
      ['preflight-directory', null],
    ];
    const out = {};
    for (const [tag, value] of cases) {
      const w = document.createElement(tag);
      host.append(w);
      const done = new Promise((ok) => w.addEventListener('preflight-result', (e) => ok(e.detail), { once: true }));
      if (value === null) w.setInput(dirFiles.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })));
      else if (value) w.value = value;
      const report = await Promise.race([done, new Promise((ok) => setTimeout(() => ok(null), 15000))]);
      out[tag] = report && {
        tool: report.tool,
        errors: report.summary.errors,
        rules: report.findings.map((f) => f.rule),
        data: w.shadowRoot.querySelector('.data').textContent,
      };
    }
    return out;
  }, { certPem, dirFiles });
  assert.equal(results['preflight-ports'].tool, 'ports');
  assert.match(results['preflight-ports'].data, /50000–52000/);
  assert.match(results['preflight-srv'].data, /_sips?\._tcp|SRV/);
  assert.equal(results['preflight-firewall'].tool, 'firewall', 'firewall rules are generated with no input');
  assert.match(results['preflight-broadworks-code'].data, /200039/);
  assert.equal(results['preflight-cert'].tool, 'cert');
  assert.match(results['preflight-cert'].data, /Subject/);
  assert.ok(results['preflight-saml-response'].rules.includes('saml-response/not-decodable'));
  assert.ok(results['preflight-directory'].rules.includes('directory/blank-line'), 'a set of files reaches the directory core');
  await page.locator('#all-widgets').screenshot({ path: join(SHOTS, 'embed-all-widgets.png') });
  assert.deepEqual(page.problems, []);
  await context.close();
});
