// Accessibility: every page passes axe-core (WCAG 2.1 A/AA rules) in the
// light and the dark theme, empty and with findings on screen. axe-core is
// loaded from node_modules (never a CDN); the context bypasses the page's CSP
// only so that the test can inject it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, appReady, ROOT } from './harness.mjs';

let server, origin, browser, axeSource;
before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});
after(async () => {
  await browser?.close();
  server?.close();
});

const ROUTES = ['#/', '#/check', '#/saml-metadata', '#/saml-response', '#/cert', '#/cron', '#/csv-users',
  '#/directory', '#/srv', '#/ports', '#/firewall', '#/broadworks', '#/rules', '#/about', '#/no-such-page'];

/** Input that puts findings of every severity on a page. */
const WITH_FINDINGS = {
  '#/ports': [['#p2p-min', '1023'], ['#p2p-max', '1024']],
  '#/cron': [['#cron-expr', '0 0 12 * * *']],
  '#/csv-users': [['#tool-input', 'firstName,lastName,email\nAnn,,not-an-email\n']],
};

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.split('\n').slice(0, 2).join(' ')),
    }));
  });
}

async function check(theme, route, fields = []) {
  const { context, page } = await openPage(browser, { bypassCSP: true, colorScheme: theme });
  await context.addInitScript((t) => localStorage.setItem('preflight-theme', t), theme);
  await page.goto(origin + '/' + route);
  await appReady(page);
  for (const [sel, value] of fields) {
    await page.fill(sel, value);
  }
  if (fields.length) await page.waitForSelector('.finding');
  // Let transitions finish so colours are measured at rest.
  await page.waitForTimeout(300);
  const violations = await axe(page);
  await context.close();
  return violations;
}

for (const theme of ['light', 'dark']) {
  test(`axe-core: every page in the ${theme} theme`, async () => {
    const problems = [];
    for (const route of ROUTES) {
      for (const v of await check(theme, route)) problems.push({ route, ...v });
    }
    for (const [route, fields] of Object.entries(WITH_FINDINGS)) {
      for (const v of await check(theme, route, fields)) problems.push({ route: route + ' (findings)', ...v });
    }
    assert.deepEqual(problems, [], JSON.stringify(problems, null, 2));
  });
}

test('axe-core: the whole-setup results (areas, file table, kind selectors, every report)', async () => {
  const problems = [];
  for (const theme of ['light', 'dark']) {
    const { context, page } = await openPage(browser, { bypassCSP: true, colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('preflight-theme', t), theme);
    await page.goto(origin + '/#/check');
    await appReady(page);
    await page.setInputFiles('#check-folder', join(ROOT, 'tests', 'fixtures', 'check', 'variants', 'unknown-file'));
    await page.waitForSelector('section.verdict', { timeout: 30000 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    await page.waitForTimeout(300);
    for (const v of await axe(page)) problems.push({ theme, ...v });
    await context.close();
  }
  assert.deepEqual(problems, [], JSON.stringify(problems, null, 2));
});

test('findings are announced: the findings list is a live region', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(origin + '/#/ports');
  await appReady(page);
  await page.fill('#p2p-min', '1023');
  await page.waitForSelector('.finding');
  assert.equal(await page.getAttribute('.finding-list', 'aria-live'), 'polite');
  await context.close();
});
