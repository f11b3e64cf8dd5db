// One-off browser benchmark: time from picking the four files of a large
// Directory Integration set on #/directory to the results on screen (Web
// Worker path, with its progress bar), in headless Chromium against dist/,
// and the longest main-thread stall meanwhile. Not a test: figures go to
// docs/benchmarks-browser.md (scripts/bench.sh writes it).
//   python3 scripts/gen_directory_set.py /tmp/directory_200k --users 200000 --groups 20000 --memberships 1000000
//   node scripts/bench_browser_directory.mjs [runs] /tmp/directory_200k/*.csv
import { statSync } from 'node:fs';
import { serveDist, launch, openPage, appReady } from '../tests/e2e/harness.mjs';
import { watchMainThread, readMainThread } from './bench_browser_watch.mjs';

const runs = Number(process.argv[2] || 3);
const files = process.argv.slice(3);
if (!files.length) throw new Error('usage: bench_browser_directory.mjs RUNS FILE...');
const size = files.reduce((n, f) => n + statSync(f).size, 0);
const { server, origin } = await serveDist();
const browser = await launch();
try {
  const { page } = await openPage(browser);
  await page.goto(origin + '/#/directory');
  await appReady(page);
  await page.waitForSelector('.page[data-tool="directory"]');
  for (let i = 0; i < runs; i++) {
    // A fresh page each run, so the previous run's results are not redrawn.
    await page.goto(origin + '/#/about');
    await page.goto(origin + '/#/directory');
    await page.waitForSelector('.page[data-tool="directory"]');
    await watchMainThread(page);
    const t0 = Date.now();
    await page.setInputFiles('.input-area input[type=file]', files);
    await page.waitForSelector('#directory-progress progress', { timeout: 60000 });
    const progress = Date.now() - t0;
    await page.waitForSelector('table.directory-files tr.file-row', { timeout: 300000 });
    await page.waitForSelector('dl.run-summary');
    const ms = Date.now() - t0;
    const users = await page.textContent('dl.run-summary [data-key="users"] dd');
    const { gap_ms: gap, long_tasks_ms: long_tasks } = await readMainThread(page);
    console.log(JSON.stringify({ run: i + 1, bytes: size, users: Number(users), wall_ms: ms,
      progress_shown_ms: progress, mb_per_s: +(size / 1e6 / (ms / 1000)).toFixed(1),
      main_thread_max_gap_ms: Math.round(gap), long_tasks_ms: long_tasks, problems: page.problems }));
  }
} finally {
  await browser.close();
  server.close();
}
