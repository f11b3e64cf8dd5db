// One-off browser benchmark: time from picking a user CSV on #/csv-users to
// the summary on screen (Web Worker path), in headless Chromium against
// dist/, and the longest main-thread stall meanwhile. Not a test: figures go
// to docs/benchmarks-browser.md.
//   python3 /work/shared/anchors/gen_users_csv.py 1000000 /tmp/users_1m.csv
//   node scripts/bench_browser_csv.mjs /tmp/users_1m.csv [runs]
import { statSync } from 'node:fs';
import { serveDist, launch, openPage, appReady } from '../tests/e2e/harness.mjs';
import { watchMainThread, readMainThread } from './bench_browser_watch.mjs';

const file = process.argv[2];
const runs = Number(process.argv[3] || 3);
if (!file) throw new Error('usage: bench_browser_csv.mjs FILE [runs]');
const size = statSync(file).size;
const { server, origin } = await serveDist();
const browser = await launch();
try {
  const { page } = await openPage(browser);
  await page.goto(origin + '/#/csv-users');
  await appReady(page);
  await page.waitForSelector('#csv-rows');
  for (let i = 0; i < runs; i++) {
    await watchMainThread(page);
    const before = await page.textContent('#csv-rows');
    const t0 = Date.now();
    await page.setInputFiles('.input-area input[type=file]', file);
    await page.waitForSelector('#csv-progress-bar');
    const how = await page.textContent('.csv-progress .progress-text');
    await page.waitForSelector('#csv-progress-bar', { state: 'detached', timeout: 300000 });
    await page.waitForFunction((b) => document.querySelector('#csv-rows')?.textContent !== b, before);
    const ms = Date.now() - t0;
    const rows = await page.textContent('#csv-rows');
    const { gap_ms: gap, long_tasks_ms: long_tasks, heap_mb } = await readMainThread(page);
    console.log(JSON.stringify({ run: i + 1, bytes: size, rows: rows.trim(), wall_ms: ms,
      mb_per_s: +(size / 1e6 / (ms / 1000)).toFixed(1), worker: /background worker/.test(how),
      main_thread_max_gap_ms: gap, long_tasks_ms: long_tasks, js_heap_mb: heap_mb,
      problems: page.problems }));
    // Back to the sample so the next run changes the row count again.
    await page.click('.input-area button:has-text("sample")').catch(() => {});
    await page.waitForTimeout(500);
  }
} finally {
  await browser.close();
  server.close();
}
