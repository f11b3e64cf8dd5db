// Every tool's SARIF output validates against the official SARIF 2.1.0 JSON
// schema (the copy that @microsoft/jest-sarif ships, checked with Ajv), for
// reports with findings of every severity and for a clean one. The browser's
// SARIF download is the same renderer (`render::sarif`) compiled to wasm.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const draft04 = require('ajv/lib/refs/json-schema-draft-04.json');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const F = (p) => join(ROOT, 'tests/fixtures', p);
const NOW = ['--now', '2026-11-22T00:00:00Z'];

// Each row: the arguments after `preflight`, for a report whose SARIF is
// checked. Between them they cover every tool and errors, warnings, notes and
// a report without findings.
const CASES = [
  ['saml-metadata', F('saml/adfs-federationmetadata.xml'), ...NOW],
  ['saml-metadata', F('saml/federation-aggregate.xml'), ...NOW],
  ['saml-response', F('saml-response/okta.post.b64'), ...NOW, '--idp-metadata', F('saml-response/okta-idp-metadata.xml')],
  ['saml-response', F('saml-response/billion-laughs.xml')],
  ['cert', F('x509/expired.pem'), F('x509/chain-reversed.pem'), ...NOW],
  ['cron', '0 0 12 * * ?', '--from', '2026-11-22T00:00:00Z'],
  ['cron', '0 0 12 31 2 ?', '--from', '2026-11-22T00:00:00Z'],
  ['csv-users', F('csv/messy_values.csv')],
  ['csv-users', F('csv/ragged.csv')],
  ['directory', ...dirFiles('directory/broken/group-cycle')],
  ['srv', 'example.com', '--verify', F('net/dig_short.txt')],
  ['ports', '7050', '7550'],
  ['ports', '32434', '33598'],
  ['firewall', '--p2p', '7050-7550', '--verify', F('check/firewall/iptables-save.rules')],
  ['broadworks', 'error-code', '200012'],
  ['broadworks', 'error-code', '999999'],
  ['broadworks', 'pslog', F('broadworks/pslog-403-ip.txt')],
  ['broadworks', 'xsp', F('broadworks/xsp-cert-auth-bad-crlf.txt')],
  ['broadworks', 'client-log', F('broadworks/bwc-current_log.txt')],
  ['check', F('check/variants/issuer-mismatch'), ...NOW],
];

function dirFiles(dir) {
  const list = execFileSync('ls', [F(dir)], { encoding: 'utf8' }).split('\n').filter(Boolean);
  return list.map((name) => join(F(dir), name));
}

let preflight;
let validate;
before(() => {
  // `cargo test` has built the CLI by the time the browser tests run; build
  // it when this file runs on its own.
  preflight = process.env.PREFLIGHT_BIN || join(ROOT, 'target/debug/preflight');
  if (!existsSync(preflight)) {
    execFileSync('cargo', ['build', '--quiet', '--bin', 'preflight'], { cwd: ROOT, stdio: 'inherit' });
  }
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, meta: false, validateSchema: false });
  ajv.addMetaSchema(draft04);
  validate = ajv.compile(schema);
});

for (const args of CASES) {
  const shown = args.slice(0, 3).map((a) => a.replace(join(ROOT, 'tests/fixtures') + '/', '')).join(' ');
  test(`SARIF of preflight ${shown} is valid SARIF 2.1.0`, () => {
    const run = spawnSync(preflight, [...args, '--format', 'sarif'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok([0, 1].includes(run.status), `exit ${run.status}: ${run.stderr}`);
    const log = JSON.parse(run.stdout);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    assert.equal(log.version, '2.1.0');
    // The schema allows an empty document; these reports are not empty.
    assert.ok(log.runs.length >= 1 && log.runs[0].tool.driver.name === 'preflight');
  });
}

test('the schema check can fail: a SARIF log with a wrong level is rejected', () => {
  const run = spawnSync(preflight, ['ports', '7050', '7550', '--format', 'sarif'], { encoding: 'utf8' });
  const log = JSON.parse(run.stdout);
  assert.ok(validate(log));
  assert.ok(log.runs[0].results.length > 0, 'the sample has a result to break');
  log.runs[0].results[0].level = 'fatal';
  assert.equal(validate(log), false);
  const bad = JSON.parse(run.stdout);
  delete bad.runs[0].tool;
  assert.equal(validate(bad), false);
  assert.ok(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')).length > 10000);
});
