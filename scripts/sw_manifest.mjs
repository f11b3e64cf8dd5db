// Fills dist/sw.js with the build's file list and content hash (see the
// comment at the top of www/sw.js). Usage: node scripts/sw_manifest.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
// What the app itself loads: its page bundles, the large-input worker and
// the static files. Not the single-file build and its all-pages wasm
// (`preflight-web`, opened from file:// where there is no service worker),
// nor the widgets and their demo (a partner's page is not in this scope),
// nor the service worker script itself.
const skip = [/^sw\.js$/, /^preflight-standalone\.html$/, /^preflight-web[._]/, /^preflight-embed/, /^embed-demo\./];
const files = readdirSync(dist).filter((f) => !skip.some((re) => re.test(f))).sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update(readFileSync(join(dist, f)));
}
const build = hash.digest('hex').slice(0, 16);
const path = join(dist, 'sw.js');
const source = readFileSync(path, 'utf8');
const filled = source
  .replace("const BUILD = 'source';", `const BUILD = '${build}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};`);
if (filled === source) throw new Error('sw.js has no BUILD/FILES placeholders');
writeFileSync(path, filled);
console.log(`[build] sw.js: build ${build}, ${files.length + 1} files precached`);
