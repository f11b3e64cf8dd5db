// One-off browser benchmark: time from picking a SAML metadata file on
// #/saml-metadata to the rendered report (Web Worker path), in headless
// Chromium against dist/. Not a test: figures go to BENCHMARKS.md.
//   python3 /work/shared/anchors/gen_metadata.py 5000 /tmp/metadata_5000.xml
//   node scripts/bench_browser_saml.mjs /tmp/metadata_5000.xml [runs] [trusted-cert.pem]
// With a certificate, it is pasted into the Signatures panel first and
// sent to the worker as options.trust (a signed aggregate's verification).
import { statSync, readFileSync } from 'node:fs';
import { serveDist, launch, openPage, appReady } from '../tests/e2e/harness.mjs';
import { watchMainThread, readMainThread } from './bench_browser_watch.mjs';

const file = process.argv[2];
const runs = Number(process.argv[3] || 3);
const trust = process.argv[4] ? readFileSync(process.argv[4], 'utf8') : null;
if (!file) throw new Error('usage: bench_browser_saml.mjs FILE [runs]');
const size = statSync(file).size;
const { server, origin } = await serveDist();
const browser = await launch();
try {
  const { page } = await openPage(browser);
  await page.goto(origin + '/#/saml-metadata');
  await appReady(page);
  await page.waitForSelector('.page[data-tool="saml-metadata"]');
  if (trust) await page.fill('#trust-cert', trust);
  for (let i = 0; i < runs; i++) {
    await watchMainThread(page);
    const t0 = Date.now();
    await page.setInputFiles('.input-area input[type=file]', file);
    await page.waitForSelector('.job-note:has-text("Checked")', { timeout: 120000 });
    await page.waitForSelector('[data-count="entities"]');
    const ms = Date.now() - t0;
    const note = await page.textContent('.job-note');
    const verdict = await page.evaluate(() => document.querySelector('.signature-card .signature-verdict')?.textContent ?? null);
    const entities = await page.textContent('[data-count="entities"]');
    const { gap_ms: gap, long_tasks_ms: long_tasks } = await readMainThread(page);
    console.log(JSON.stringify({ run: i + 1, bytes: size, entities: Number(entities), wall_ms: ms,
      mb_per_s: +(size / 1e6 / (ms / 1000)).toFixed(1), note, verdict, main_thread_max_gap_ms: Math.round(gap), long_tasks_ms: long_tasks,
      problems: page.problems }));
    await page.fill('#tool-input', '');
    await page.waitForTimeout(500);
  }
  // The worker alone (www/worker.js as the page starts it): reading the
  // file, the check, and posting the report, without the page's parsing
  // and rendering of it.
  await page.evaluate(() => {
    const i = document.createElement('input');
    i.type = 'file'; i.id = 'bench-file'; i.hidden = true;
    document.body.append(i);
  });
  await page.setInputFiles('#bench-file', file);
  for (let i = 0; i < runs; i++) {
    const r = await page.evaluate((trust) => new Promise((done) => {
      const file = document.getElementById('bench-file').files[0];
      const w = new Worker('./worker.js', { type: 'module' });
      const t0 = performance.now();
      w.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'report' || m.type === 'error') {
          w.terminate();
          done({ worker_total_ms: Math.round(performance.now() - t0), ...m.timing,
            report_json_bytes: m.report ? m.report.length : 0, error: m.message });
        }
      };
      w.postMessage({ tool: 'saml-metadata', options: { now: new Date().toISOString(), trust }, file });
    }), trust);
    console.log(JSON.stringify({ worker_only_run: i + 1, ...r }));
  }
} finally {
  await browser.close();
  server.close();
}
