// End-to-end tests of the Quartz CRON page (#/cron) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

const shot = (page, name, fullPage = true) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

async function openCron(options = {}, at) {
  const { context, page } = await openPage(browser, options);
  // A fixed browser clock keeps dates predictable; timers still run.
  if (at) await page.clock.setFixedTime(new Date(at));
  await page.goto(origin + '/#/cron');
  await page.waitForSelector('#cron-expr');
  await page.waitForSelector('.cron-description');
  return { context, page };
}

const description = (page) => page.textContent('.cron-description');

/** Replace the expression by typing it key by key, as a person would. */
async function typeExpr(page, text) {
  await page.fill('#cron-expr', '');
  await page.locator('#cron-expr').pressSequentially(text, { delay: 15 });
}

test('cron: typing updates the description and the next runs as you type', async () => {
  const { context, page } = await openCron({}, '2026-11-22T08:00:00Z');
  // The first render already explains the default expression.
  assert.match(await description(page), /At 02:00:00 GMT, every day/);
  assert.equal(await page.locator('.next-runs tbody tr').count(), 10);

  await typeExpr(page, '0 0 1');
  await page.waitForFunction(() => /Not a valid/.test(document.querySelector('.cron-description').textContent));
  assert.equal(await page.locator('.next-runs').count(), 0);

  await page.locator('#cron-expr').pressSequentially('2 * * ?', { delay: 15 });
  await page.waitForFunction(() => /At 12:00:00 GMT, every day/.test(document.querySelector('.cron-description').textContent));
  const rows = page.locator('.next-runs tbody tr');
  assert.equal(await rows.count(), 10);
  const gmt = await page.locator('.next-runs tbody tr td:nth-child(2) time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.equal(gmt[0], '2026-11-22T12:00:00Z');
  assert.equal(gmt[9], '2026-12-01T12:00:00Z');
  for (const t of gmt) assert.match(t, /T12:00:00Z$/);
  // A local column for the browser's zone is there too.
  assert.match(await page.textContent('.next-runs thead'), /Local: /);
  // Field breakdown: six fields, named.
  const names = await page.locator('.cron-fields tbody tr').evaluateAll((rs) => rs.map((r) => r.dataset.field));
  assert.deepEqual(names, ['seconds', 'minutes', 'hours', 'day-of-month', 'month', 'day-of-week']);
  assert.match(await page.textContent('.cron-fields tr[data-field="hours"]'), /12/);

  // More fire times on request.
  await page.selectOption('#cron-count', '25');
  await page.waitForFunction(() => document.querySelectorAll('.next-runs tbody tr').length === 25);
  await page.selectOption('#cron-count', '10');
  await page.waitForFunction(() => document.querySelectorAll('.next-runs tbody tr').length === 10);
  // Checks run off the input event; once done, no "Checking…" is left.
  await page.waitForSelector('.checking', { state: 'detached' });
  assert.equal(await page.getAttribute('.cron-summary', 'aria-busy'), 'false');
  await shot(page, 'cron-light');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: an error names the field and marks the characters', async () => {
  const { context, page } = await openCron();
  await page.fill('#cron-expr', '0 0 12 32 * ?');
  await page.waitForSelector('.finding[data-rule="cron/out-of-range"]');
  const msg = await page.textContent('.finding[data-rule="cron/out-of-range"]');
  assert.match(msg, /field 4 \(day-of-month\) `32`/);
  assert.match(msg, /1-31/);
  // The day-of-month row is the bad one, and `32` is marked in the expression.
  assert.equal(await page.locator('.cron-fields tr.error').count(), 1);
  assert.equal(await page.getAttribute('.cron-fields tr.error', 'data-field'), 'day-of-month');
  assert.equal(await page.textContent('.cron-echo mark.error'), '32');
  assert.equal(await page.locator('.cron-expr.invalid').count(), 1);
  assert.match(await description(page), /Not a valid Quartz expression/);
  await shot(page, 'cron-error', false);

  // Day-of-week 0 gets its own finding.
  await page.fill('#cron-expr', '0 0 12 ? * 0');
  await page.waitForSelector('.cron-fields tr.error[data-field="day-of-week"]');
  assert.equal(await page.textContent('.cron-echo mark.error'), '0');
  // A schedule that never fires says so instead of hanging.
  await page.fill('#cron-expr', '0 0 0 30 2 ?');
  await page.waitForSelector('.notice.never');
  assert.ok(await page.locator('.finding').count() >= 1);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: a Unix crontab line offers the Quartz equivalent, and "Use this" applies it', async () => {
  const { context, page } = await openCron({}, '2026-03-20T10:07:00Z');
  await page.fill('#cron-expr', '*/5 * * * *');
  await page.waitForSelector('.cron-equivalent');
  assert.equal(await page.textContent('.cron-equivalent code.cron-echo'), '0 */5 * * * ?');
  assert.match(await page.textContent('.cron-equivalent'), /seconds field/);
  await page.waitForSelector('.finding[data-rule="cron/unix-crontab"]');
  await shot(page, 'cron-unix', false);

  await page.click('.cron-equivalent .use-this');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 */5 * * * ?');
  await page.waitForFunction(() => /Every 5 minutes/.test(document.querySelector('.cron-description').textContent));
  assert.equal(await page.locator('.cron-equivalent').count(), 0);
  // It is too frequent for the directory job, and each run needs its files.
  await page.waitForSelector('.finding[data-rule="cron/too-frequent"]');
  assert.equal((await page.textContent('.runs-per-day')).trim(), '288');
  assert.equal((await page.textContent('.min-interval')).trim(), '5 minutes');
  const files = await page.textContent('.dir-files');
  assert.match(files, /userFile_2026-03-20_1\.csv/);
  assert.match(files, /groupFile_2026-03-20_2\.csv/);
  // The builder recognised it.
  assert.equal(await page.inputValue('#b-kind'), 'every-n-minutes');
  assert.equal(await page.inputValue('#b-n-minutes'), '5');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: an EventBridge schedule and a quoted expression are explained', async () => {
  const { context, page } = await openCron({}, '2026-03-20T10:07:00Z');
  await page.fill('#cron-expr', 'cron(0 12 * * ? *)');
  await page.waitForSelector('.finding[data-rule="cron/aws-eventbridge"]');
  assert.equal(await page.textContent('.cron-equivalent code.cron-echo'), '0 0 12 * * ? *');
  assert.match(await page.textContent('.cron-equivalent'), /AWS EventBridge/);
  await page.click('.cron-equivalent .use-this');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 0 12 * * ? *');
  await page.fill('#cron-expr', '"0 0 12 * * ?"');
  await page.waitForSelector('.finding[data-rule="cron/quoted"]');
  await page.waitForFunction(() => /At 12:00:00 GMT, every day/.test(document.querySelector('.cron-description').textContent));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: the builder writes the expression and follows the text box', async () => {
  const { context, page } = await openCron();
  assert.equal(await page.inputValue('#b-kind'), 'daily');
  await page.selectOption('#b-kind', 'monthly-last-weekday');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 0 2 LW * ?');
  assert.match(await description(page), /last weekday/i);
  await page.fill('#b-hour', '18');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 0 18 LW * ?');

  await page.selectOption('#b-kind', 'weekly');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 0 18 ? * MON-FRI');
  await page.click('.day-pick:has-text("SAT") input');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 0 18 ? * MON-SAT');

  await page.selectOption('#b-kind', 'monthly-nth-dow');
  await page.selectOption('#b-nth', '3');
  await page.selectOption('#b-dow', '4');
  await page.waitForFunction(() => document.querySelector('#cron-expr').value === '0 0 18 ? * WED#3');
  await shot(page, 'cron-builder', false);

  // Typing in the box moves the builder.
  await typeExpr(page, '0 30 9 ? * 2#1');
  await page.waitForFunction(() => document.querySelector('#b-dow')?.value === '2' && document.querySelector('#b-minute').value === '30');
  assert.equal(await page.inputValue('#b-kind'), 'monthly-nth-dow');
  assert.equal(await page.inputValue('#b-nth'), '1');
  assert.equal(await page.inputValue('#b-hour'), '9');
  assert.equal(await page.locator('.builder-state.not-shown').count(), 0);

  await typeExpr(page, '0 15 10 ? * 6L');
  await page.waitForFunction(() => document.querySelector('#b-kind').value === 'monthly-last-dow');
  assert.equal(await page.inputValue('#b-dow'), '6');
  // `6L` is explained with its day name.
  assert.match(await page.textContent('.cron-fields tr[data-field="day-of-week"]'), /Friday/);

  // Not builder-shaped: the builder says so.
  await typeExpr(page, '0 0/5 14,18 * * ?');
  await page.waitForSelector('.builder-state.not-shown');
  assert.match(await page.textContent('.builder-state'), /not one the builder can show/);
  // Editing the builder then replaces the expression.
  await page.selectOption('#b-kind', 'every-n-hours');
  await page.waitForFunction(() => /^0 \d+ 0\/\d+ \* \* \?$/.test(document.querySelector('#cron-expr').value));
  await page.waitForSelector('.builder-state.not-shown', { state: 'detached' });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: browser time zone, another zone, DST notes and today\'s upload files', async () => {
  const { context, page } = await openCron({ timezoneId: 'America/New_York' }, '2026-03-01T12:00:00Z');
  assert.equal(await page.inputValue('#cron-tz'), 'America/New_York');
  await page.fill('#cron-expr', '0 30 6 * * ?');
  await page.waitForSelector('.next-runs time[datetime="2026-03-02T06:30:00Z"]');
  assert.match(await page.textContent('.cron-dst h2'), /America\/New_York/);
  // 06:30 GMT is 01:30 EST: not near the 07:00 GMT change on 8 March.
  const local = await page.locator('.next-runs tbody tr:first-child td:nth-child(3)').textContent();
  assert.match(local, /01:30:00 -05:00/);

  await page.fill('#cron-tz', 'Europe/London');
  await page.fill('#cron-expr', '0 30 0 * * ?');
  await page.waitForFunction(() => /Europe\/London/.test(document.querySelector('.cron-dst h2')?.textContent || ''));
  await page.waitForSelector('.dst-list li');
  assert.match(await page.textContent('.dst-list'), /2026-03-29 01:00:00 GMT.*forward/);
  await page.waitForSelector('.finding[data-rule="cron/dst-transition"]');
  assert.match(await page.textContent('.dir-files'), /userFile_2026-03-01_1\.csv/);
  assert.match(await page.textContent('.cron-directory'), /Today, 2026-03-01/);
  await page.click('text=Use this browser\'s zone');
  await page.waitForFunction(() => document.querySelector('#cron-tz').value === 'America/New_York');

  // An unknown zone is a finding, and the field is marked.
  await page.fill('#cron-tz', 'Mars/Olympus');
  await page.waitForSelector('.finding[data-rule="cron/unknown-time-zone"]');
  assert.equal(await page.locator('#cron-tz').evaluate((i) => i.closest('.field').classList.contains('invalid')), true);
  // The expression itself is still fine, and the times are listed in GMT only.
  assert.equal(await page.locator('.cron-expr.invalid').count(), 0);
  assert.equal(await page.locator('.next-runs thead th').count(), 2);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: a 1 MB garbage paste does not kill the page', async () => {
  const { context, page } = await openCron();
  const junk = await page.evaluate(() => {
    let s = '';
    const parts = ['0 0 12 * * ? ', '\u0000', '\uFFFD', '<script>alert(1)</script>', 'é#L-W/,', '\u{1F600}', '\n'];
    // Seeded (a fixed LCG), so a failure can be reproduced.
    let seed = 0x5eed;
    const next = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed >>> 16; };
    while (s.length < 1_000_000) s += parts[next() % parts.length];
    return s;
  });
  await page.fill('#cron-expr', junk);
  await page.waitForFunction(() => /far too long/.test(document.querySelector('.cron-description').textContent));
  await page.waitForSelector('.finding[data-rule="cron/too-long"]');
  assert.equal(await page.locator('script:has-text("alert(1)")').count(), 0);
  // Shorter junk with multi-byte characters goes through the parser.
  await page.fill('#cron-expr', 'é\u0000 L# 🙂 W-/ ,,, 99 ? * * * * * * *');
  await page.waitForSelector('.finding.error');
  // And the page still works afterwards.
  await page.fill('#cron-expr', '0 0 12 * * ?');
  await page.waitForFunction(() => /At 12:00:00 GMT, every day/.test(document.querySelector('.cron-description').textContent));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('cron: dark theme and 360 px wide', async () => {
  {
    const { context, page } = await openCron({ colorScheme: 'dark' });
    await page.fill('#cron-expr', '0 0 12 32 * ?');
    await page.waitForSelector('.cron-fields tr.error');
    await shot(page, 'cron-dark-error', false);
    await page.fill('#cron-expr', '0 0/10 * * * ?');
    await page.waitForSelector('.finding[data-rule="cron/too-frequent"]');
    await shot(page, 'cron-dark');
    await page.locator('.cron-builder').scrollIntoViewIfNeeded();
    await shot(page, 'cron-dark-builder', false);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
  {
    const { context, page } = await openCron({ viewport: { width: 360, height: 740 } });
    for (const expr of ['0 0 12 * * ?', '0 0/15 * * * ?', '*/5 * * * *', '0 0 12 32 * ?']) {
      await page.fill('#cron-expr', expr);
      await page.waitForTimeout(350);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${expr}: page is ${overflow}px wider than the screen`);
    }
    await page.fill('#cron-expr', '0 0/15 * * * ?');
    await page.waitForSelector('.dir-files');
    await shot(page, 'cron-mobile');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'cron-mobile-top', false);
    await page.locator('.cron-builder').evaluate((e) => e.scrollIntoView());
    await shot(page, 'cron-mobile-builder', false);
    await page.locator('.cron-directory').evaluate((e) => e.scrollIntoView());
    await shot(page, 'cron-mobile-directory', false);
    await page.fill('#cron-expr', '*/5 * * * *');
    await page.waitForSelector('.cron-equivalent');
    await page.locator('.cron-summary').evaluate((e) => e.scrollIntoView());
    await shot(page, 'cron-mobile-unix', false);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});
