// Time to interactive in headless Chromium, cold (a fresh profile per run,
// nothing cached), from dist/ served on loopback:
//   - the app's home page: navigation start → the navigation drawn and the
//     main thread free of long tasks;
//   - a widget alone on a host page (<preflight-cron>, <preflight-ports>,
//     <preflight-csv-users>, <preflight-saml-metadata>): navigation start →
//     its first `preflight-result`.
// Usage: node scripts/bench_browser_tti.mjs [RUNS] > tti.jsonl (one JSON line per run).
import { serveDist, launch } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] || 5);
const { server, origin } = await serveDist();
const browser = await launch();

// Recorded in the page itself, so no polling delay is measured.
const WATCH = () => {
  window.__marks = {};
  window.__longTaskEnd = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTaskEnd = Math.max(window.__longTaskEnd, e.startTime + e.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('preflight-result', () => { window.__marks.result ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (!window.__marks.nav && document.querySelector('nav#nav a')) window.__marks.nav = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

const WIDGETS = {
  cron: '<preflight-cron value="0 0 12 ? * MON-FRI"></preflight-cron>',
  ports: '<preflight-ports value="50000 52000"></preflight-ports>',
  'csv-users': '<preflight-csv-users value="firstName,lastName,email\nJane,Doe,jane@example.com"></preflight-csv-users>',
  'saml-metadata': '<preflight-saml-metadata value=\'<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"/>\'></preflight-saml-metadata>',
};

async function measure(kind, tool) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  let bytes = 0;
  page.on('response', async (r) => { try { bytes += (await r.body()).length; } catch { /* redirected */ } });
  if (kind === 'home') {
    await page.goto(origin + '/');
    await page.waitForFunction(() => window.__marks.nav);
  } else {
    await page.route(`${origin}/bench-widget.html`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><script type="module" src="preflight-embed.js"></script>${WIDGETS[tool]}`,
    }));
    await page.goto(`${origin}/bench-widget.html`);
    await page.waitForFunction(() => window.__marks.result, null, { timeout: 60000 });
  }
  await page.waitForTimeout(300); // let a trailing long task finish and be seen
  const m = await page.evaluate(() => ({ ...window.__marks, longTaskEnd: window.__longTaskEnd }));
  await context.close();
  const ready = kind === 'home' ? m.nav : m.result;
  return {
    kind, tool: tool || 'home',
    ready_ms: Math.round(ready),
    interactive_ms: Math.round(Math.max(ready, kind === 'home' ? m.longTaskEnd : 0)),
    bytes,
  };
}

for (let i = 0; i < runs; i++) {
  console.log(JSON.stringify(await measure('home')));
  for (const tool of Object.keys(WIDGETS)) console.log(JSON.stringify(await measure('widget', tool)));
}
await browser.close();
server.close();
