// What each piece of the browser build downloads, compressed with brotli
// (quality 11, as a CDN serves static files), against the budgets of
// docs/download-size.md. Usage:
//   node scripts/size.mjs [dist] [--markdown FILE] [--check]
// --check exits 1 when a piece is over its limit: the budget, or for a
// piece not yet within it, the ceiling recorded in scripts/size-budgets.json
// (so it can only shrink). `bash scripts/test.sh` runs it after the build.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

let dist = 'dist';
let markdown = null;
let enforce = false;
for (const args = process.argv.slice(2); args.length;) {
  const arg = args.shift();
  if (arg === '--markdown') markdown = args.shift();
  else if (arg === '--check') enforce = true;
  else dist = arg;
}
const limits = JSON.parse(readFileSync(new URL('size-budgets.json', import.meta.url), 'utf8'));

const cache = new Map();
function size(file) {
  if (!cache.has(file)) {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: build first (bash scripts/build.sh)`);
    const bytes = readFileSync(path);
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
    cache.set(file, { raw: bytes.length, br });
  }
  return cache.get(file);
}

// The widgets: the element script, its worker, the tool's wasm module (glue
// and wasm) and the stylesheet. The embed script's tool → module table is
// read from the script itself, so a new tool is measured without an edit here.
const embed = readFileSync(join(dist, 'preflight-embed.js'), 'utf8');
const toolTable = [...embed.matchAll(/^ {2}'?([a-z-]+)'?: \{\n {4}module: '([a-z-]+)'(?:.*element: '([a-z-]+)')?/gm)];
if (!toolTable.length) throw new Error('no tools found in preflight-embed.js');

// The app's page bundles, read from www/boot.js's table (page → bundle).
const boot = readFileSync(join(dist, 'boot.js'), 'utf8');
const table = boot.split('const BUNDLES = {')[1]?.split('};')[0];
if (!table) throw new Error('no BUNDLES table in boot.js');
const bundles = new Map();
for (const [, page, bundle] of table.matchAll(/'?([a-z-]+)'?: '([a-z-]+)'/g)) {
  bundles.set(bundle, [...(bundles.get(bundle) || []), page]);
}

const pieces = [
  {
    name: 'app first view (home page)',
    budget: 'first_view',
    files: ['index.html', 'boot.js', 'style.css', 'manifest.webmanifest', 'preflight-app-home.js', 'preflight-app-home_bg.wasm'],
  },
  // A tool's page on top of the first view: its bundle (the page shell,
  // stylesheet and boot script are already there).
  ...[...bundles].map(([bundle, pages]) => ({
    name: `app page ${pages.map((p) => `#/${p}`).join(', ')}`,
    budget: 'page',
    files: [`preflight-app-${bundle}.js`, `preflight-app-${bundle}_bg.wasm`],
  })),
  ...toolTable.map(([, tool, module]) => ({
    name: `widget <preflight-${tool === 'broadworks' ? 'broadworks-code' : tool}>`,
    budget: ['cron', 'ports', 'srv'].includes(tool) ? 'small_widget' : 'widget',
    files: ['preflight-embed.js', 'preflight-embed-worker.js', 'preflight-embed.css',
      `preflight-embed-${module}.js`, `preflight-embed-${module}_bg.wasm`],
  })),
];

const kb = (n) => (n / 1024).toFixed(1);
let failed = 0;
const rows = pieces.map((p) => {
  const total = p.files.reduce((a, f) => ({ raw: a.raw + size(f).raw, br: a.br + size(f).br }), { raw: 0, br: 0 });
  const budget = limits.budgets[p.budget] * 1024;
  const ceiling = limits.ceilings[p.name] ? limits.ceilings[p.name] * 1024 : null;
  const limit = total.br <= budget || !ceiling ? budget : ceiling;
  const within = total.br <= budget;
  const ok = total.br <= limit;
  if (!ok) failed++;
  const status = within ? 'within budget' : ok ? `over budget (ceiling ${kb(ceiling)} KB holds)` : `OVER ${ceiling ? 'ceiling' : 'budget'}`;
  return { ...p, total, budget, status, ok };
});

const lines = [
  '| Piece | Raw KB | Brotli KB | Budget KB | Status |',
  '|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.name} | ${kb(r.total.raw)} | ${kb(r.total.br)} | ${kb(r.budget)} | ${r.status} |`),
];
const largest = [...cache.entries()].sort((a, b) => b[1].br - a[1].br).slice(0, 8)
  .map(([f, s]) => `${f} ${kb(s.br)} KB`).join(', ');
console.log(lines.join('\n'));
console.log(`largest files (brotli): ${largest}`);
if (markdown) writeFileSync(markdown, `${lines.join('\n')}\n`);
if (enforce && failed) {
  console.error(`size: ${failed} piece(s) over their limit (scripts/size-budgets.json)`);
  process.exit(1);
}
