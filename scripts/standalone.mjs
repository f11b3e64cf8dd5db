// Writes DIST/preflight-standalone.html: the whole app in one file that opens
// from file:// with no server. The stylesheet and the wasm-bindgen glue are
// inlined, the wasm is embedded as base64, and the page's CSP allows exactly
// those inline blocks by hash and nothing from anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const read = (f) => readFileSync(join(dist, f));
const css = read('style.css').toString();
const glue = read('preflight-web.js').toString();
const wasm = read('preflight-web_bg.wasm').toString('base64');

const script = `${glue}
// Standalone boot: the module bytes are embedded below.
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
initSync({ module: bytes });
`;
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

let html = read('index.html').toString();
const csp = `default-src 'none'; script-src ${hash(script)} 'wasm-unsafe-eval'; style-src ${hash(css)}; ` +
  `img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'`;
html = html
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace('<link rel="manifest" href="manifest.webmanifest">\n', '')
  .replace('<link rel="stylesheet" href="style.css">', () => `<style>${css}</style>`)
  .replace('<script type="module" src="boot.js"></script>', () => `<script type="module">${script}</script>`);
if (!html.includes('initSync({ module: bytes })') || !html.includes('<style>')) {
  throw new Error('standalone: index.html did not have the expected stylesheet and script tags');
}
writeFileSync(join(dist, 'preflight-standalone.html'), html);
