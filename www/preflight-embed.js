// Preflight widgets for partner portals: one script include defines a
// custom element per tool, and a JS API for portals with their own UI.
//
//   <script type="module" src=".../preflight-embed.js"></script>
//   <preflight-cron value="0 0 12 ? * MON-FRI" tz="Europe/London"></preflight-cron>
//
//   import { check, mount } from '.../preflight-embed.js';
//   const report = await check('cron', '0 0 12 * * ?', { tz: 'Europe/London' });
//
// Every verdict comes from the Rust core (the same report the CLI prints
// with --format json); this file reads input, builds options and renders.
// Each tool's core is its own small wasm module, loaded on first use and
// run in a Web Worker where one can start (on the page's thread where the
// host's CSP forbids workers). Nothing here makes a request beyond this
// script's own directory. README "Embedding" documents the interface.

const BASE = new URL('./', import.meta.url);

// tool id → its wasm module, the element's title, how input is given, and
// its options (name → type). Option attributes are the names in kebab case
// (`sp-entity-id`); properties and the JS API take snake or camel case.
const TOOLS = {
  'saml-metadata': {
    module: 'saml', title: 'SAML IdP metadata', input: 'file', clock: true,
    placeholder: 'Paste the IdP metadata XML, or choose the file',
    options: { now: 'string', expiry_warning_days: 'int', trust: 'string', entity: 'string' },
  },
  'saml-response': {
    module: 'saml', title: 'SAML response', input: 'file', clock: true,
    placeholder: 'Paste a SAML response (XML, base64 or the captured POST form)',
    options: {
      now: 'string', sp_entity_id: 'string', clock_skew_seconds: 'int',
      nameid_source: 'string', idp_metadata: 'string',
    },
  },
  cert: {
    module: 'cert', title: 'X.509 certificate', input: 'file', clock: true,
    placeholder: 'Paste a certificate or chain (PEM or base64), or choose the file',
    options: { now: 'string', sp: 'bool', signing: 'bool', expiry_warning_days: 'int' },
  },
  cron: {
    module: 'cron', title: 'Quartz CRON schedule', input: 'line', clock: true,
    placeholder: '0 0 12 ? * MON-FRI',
    options: { now: 'string', count: 'int', tz: 'string' },
  },
  'csv-users': {
    module: 'csv-users', title: 'User import CSV', input: 'file',
    placeholder: 'Paste the CSV, or choose the file',
    options: { sso: 'bool', mandatory: 'list', max_findings_per_rule: 'int' },
  },
  directory: {
    module: 'directory', title: 'Directory integration files', input: 'files',
    placeholder: 'Choose the set’s files (users, groups, members, home groups)',
    options: { sso: 'bool', date: 'string', schedule: 'string' },
  },
  srv: {
    module: 'srv', title: 'DNS SRV records', input: 'line',
    placeholder: 'example.com',
    options: {
      domain: 'string', ttl: 'string', priority: 'string', weight: 'string',
      server_port: 'string', client_port: 'string', server_target: 'string',
      client_target: 'string',
    },
  },
  ports: {
    module: 'ports', title: 'P2P port range', input: 'line',
    placeholder: '50000 52000', options: {},
  },
  firewall: {
    module: 'firewall', title: 'Firewall rules', input: 'file',
    placeholder: 'With verify: paste the rule file to check; otherwise the rules are generated',
    options: {
      p2p: 'string', domain: 'string', restrict_to_ip_ranges: 'bool',
      third_party_xmpp: 'bool', federation: 'bool', verify: 'bool',
    },
  },
  broadworks: {
    module: 'broadworks', title: 'BroadWorks error code', input: 'line', element: 'broadworks-code',
    placeholder: '200039, or the message text',
    options: {},
  },
};

/** The tools the widgets offer, with their element names and options. */
export const tools = Object.freeze(Object.fromEntries(Object.entries(TOOLS).map(([id, t]) => [id, {
  element: `preflight-${t.element || id}`, title: t.title, options: Object.keys(t.options),
}])));

const snake = (name) => name.replace(/-/g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function toolSpec(tool) {
  const spec = Object.prototype.hasOwnProperty.call(TOOLS, tool) ? TOOLS[tool] : null;
  if (!spec) throw new TypeError(`Preflight has no tool "${String(tool).slice(0, 60)}" (tools: ${Object.keys(TOOLS).join(', ')})`);
  return spec;
}

// Options as the core reads them: snake-case names, `now` filled in from
// the clock for the tools that depend on time (the core never reads it).
function coreOptions(tool, options) {
  const spec = toolSpec(tool);
  const out = {};
  for (const [key, value] of Object.entries(options || {})) {
    if (value === undefined || value === null || value === '') continue;
    out[snake(key)] = value;
  }
  if (spec.clock && !out.now) out.now = new Date().toISOString();
  return out;
}

// ---- Input --------------------------------------------------------------

const encoder = new TextEncoder();

// The set format of `check::bundle` (src/check/bundle.rs): the magic line,
// then per file u32 name length, name, u64 content length, content (LE).
function bundle(files) {
  const names = files.map((f) => encoder.encode(f.name));
  const size = 7 + files.reduce((n, f, i) => n + 12 + names[i].length + f.bytes.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(encoder.encode('PFSET1\n'), 0);
  let at = 7;
  files.forEach((f, i) => {
    view.setUint32(at, names[i].length, true); at += 4;
    out.set(names[i], at); at += names[i].length;
    view.setBigUint64(at, BigInt(f.bytes.length), true); at += 8;
    out.set(f.bytes, at); at += f.bytes.length;
  });
  return out;
}

// The input as bytes. A tool that takes a set of files (`input: 'files'`)
// gets them as a set, names kept (the directory check reads the file
// names); other tools get one file's bytes.
async function bytesOf(input, asSet = false) {
  if (input == null) return new Uint8Array(0);
  if (typeof input === 'string') return encoder.encode(input);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    const bytes = new Uint8Array(await input.arrayBuffer());
    return asSet && input.name ? bundle([{ name: input.name, bytes }]) : bytes;
  }
  if (typeof input[Symbol.iterator] === 'function' || (typeof FileList !== 'undefined' && input instanceof FileList)) {
    // Several files: `File`s or `{ name, bytes | text }`.
    const files = [];
    for (const f of Array.from(input)) {
      const bytes = f.bytes !== undefined ? await bytesOf(f.bytes) : await bytesOf(f.text !== undefined ? f.text : f);
      files.push({ name: String(f.name || `file${files.length + 1}`), bytes });
    }
    if (files.length === 1 && !asSet) return files[0].bytes;
    return bundle(files);
  }
  throw new TypeError('input must be a string, bytes, a Blob or File, or a list of files');
}

// ---- Running the core ---------------------------------------------------

const modules = new Map(); // module name → Promise of its `check` on this thread

function loadHere(name) {
  if (!modules.has(name)) {
    modules.set(name, import(new URL(`preflight-embed-${name}.js`, BASE).href).then(async (m) => {
      await m.default();
      return m.check;
    }));
  }
  return modules.get(name);
}

async function runHere(name, tool, bytes, optionsJson) {
  const run = await loadHere(name);
  try {
    return run(tool, bytes, optionsJson);
  } catch (e) {
    // A trap (a bug in the core) leaves the instance unusable: load afresh.
    if (e instanceof WebAssembly.RuntimeError) {
      modules.delete(name);
      throw new Error(`Preflight stopped on this input: ${globalThis.__preflightPanic || e.message}`);
    }
    throw new Error(String(e));
  }
}

let workersUsable = typeof Worker !== 'undefined';
const workers = new Map(); // module name → { worker, pending }
let nextJob = 1;

function workerFor(name) {
  let w = workers.get(name);
  if (w) return w;
  const worker = new Worker(new URL('preflight-embed-worker.js', BASE), { type: 'module', name: `preflight-${name}` });
  w = { worker, pending: new Map() };
  worker.onmessage = (event) => {
    const { id, ok, json, error, broken } = event.data;
    const job = w.pending.get(id);
    w.pending.delete(id);
    if (broken) { worker.terminate(); workers.delete(name); }
    if (job) (ok ? job.resolve(json) : job.reject(new Error(error)));
  };
  // The worker could not start (a CSP without worker-src, a blocked module):
  // the waiting jobs run on this thread, and so does every later one.
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    workers.delete(name);
    workersUsable = false;
    for (const job of w.pending.values()) job.fallback();
    w.pending.clear();
  };
  workers.set(name, w);
  return w;
}

function runInWorker(name, tool, bytes, optionsJson) {
  let w;
  try {
    w = workerFor(name);
  } catch {
    // No worker may start here (the host's CSP): this thread does the work.
    workersUsable = false;
    return runHere(name, tool, bytes, optionsJson);
  }
  return new Promise((resolve, reject) => {
    const id = nextJob++;
    const copy = bytes.slice();
    w.pending.set(id, {
      resolve, reject,
      fallback: () => runHere(name, tool, bytes, optionsJson).then(resolve, reject),
    });
    w.worker.postMessage({ id, module: name, tool, input: copy, options: optionsJson }, [copy.buffer]);
  });
}

/**
 * Check `input` with `tool`: a Promise of the report object the CLI prints
 * with `--format json` (`tool`, `findings`, `summary`, `data`). `input` is a
 * string, bytes, a Blob/File, or (directory) a list of files; `options` are
 * the tool's options (`tools[tool].options`).
 */
export async function check(tool, input, options = {}) {
  const spec = toolSpec(tool);
  const bytes = await bytesOf(input, spec.input === 'files');
  const optionsJson = JSON.stringify(coreOptions(tool, options));
  const json = workersUsable
    ? await runInWorker(spec.module, tool, bytes, optionsJson)
    : await runHere(spec.module, tool, bytes, optionsJson);
  return JSON.parse(json);
}

// ---- Rendering ----------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function where(loc) {
  if (!loc) return '';
  const parts = [];
  if (loc.file) parts.push(loc.file);
  if (loc.line) parts.push(`line ${loc.line}${loc.column ? `, column ${loc.column}` : ''}`);
  if (loc.field) parts.push(`field ${loc.field}`);
  if (loc.path) parts.push(loc.path);
  return parts.join(' · ');
}

function renderFinding(f) {
  const loc = where(f.location);
  const help = f.help ? el('details', { part: 'help' }, el('summary', { text: 'How to fix' }), el('p', { text: f.help })) : null;
  return el('li', { class: `finding ${f.severity}`, part: `finding finding-${f.severity}` },
    el('span', { class: 'sev', text: f.severity }),
    el('code', { class: 'rule', text: f.rule }),
    el('span', { class: 'msg', text: f.message }),
    loc ? el('span', { class: 'loc', text: loc }) : null,
    help);
}

function list(items, render) {
  const ul = el('ul');
  for (const item of items) ul.append(el('li', {}, render(item)));
  return ul;
}

function facts(pairs) {
  const dl = el('dl');
  for (const [k, v] of pairs) {
    if (v === undefined || v === null || v === '') continue;
    dl.append(el('dt', { text: k }), el('dd', { text: String(v) }));
  }
  return dl;
}

// What each tool's data shows besides the findings: a few facts an
// administrator looks for first. The full report is on `element.report`.
const DATA_VIEWS = {
  cron: (d) => [
    d.description ? el('p', { text: d.description }) : null,
    d.next && d.next.length ? el('p', { class: 'label', text: 'Next fire times (UTC)' }) : null,
    d.next && d.next.length ? list(d.next, (t) => el('time', { datetime: t, text: t.replace('T', ' ').replace('Z', ' UTC') })) : null,
  ],
  ports: (d) => [facts([['Range', d.min !== undefined ? `${d.min}–${d.max}` : null], ['Ports', d.width]])],
  srv: (d) => [d.records && d.records.length ? el('pre', { text: d.records.map((r) => `${r.name} ${r.ttl} ${r.class} ${r.type} ${r.priority} ${r.weight} ${r.port} ${r.target}`).join('\n') }) : null],
  firewall: (d) => [d.requirements ? list(d.requirements, (r) => `${r.protocol} ${r.ports} — ${r.purpose}`) : null],
  cert: (d) => (d.certificates || []).slice(0, 5).map((c) => facts([
    ['Subject', c.subject], ['Issuer', c.issuer], ['Valid until', c.not_after],
    ['Days left', c.days_left], ['Key', c.key_bits ? `${c.key_algorithm} ${c.key_bits}` : c.key_algorithm],
    ['SHA-256', c.sha256_fingerprint]])),
  'saml-metadata': (d) => [
    d.counts ? facts([['Entities', d.counts.entities], ['Identity providers', d.counts.idp], ['Signing certificates', d.counts.distinct_certificates], ['Signatures', d.counts.signatures]]) : null,
    d.entities && d.entities.length ? list(d.entities.slice(0, 10), (e) => e.entity_id) : null,
  ],
  'saml-response': (d) => [facts([
    ['Issuer', d.issuer], ['NameID', d.name_id && d.name_id.value], ['Status', d.status && d.status.meaning],
    ['Audience', d.conditions && (d.conditions.audiences || []).join(', ')]])],
  'csv-users': (d) => [facts([['Rows', d.rows], ['Rows with errors', d.rows_with_errors], ['Rows with warnings', d.rows_with_warnings],
    ['Encoding', d.dialect && d.dialect.encoding]])],
  directory: (d) => [
    d.files ? list(d.files, (f) => `${f.name}: ${f.kind || 'not a set file'}, ${plural(f.rows, 'row')}`) : null,
    d.summary ? facts([['Users created or updated', d.summary.users_created_or_updated], ['Groups created or updated', d.summary.groups_created_or_updated], ['Memberships', d.summary.memberships]]) : null,
  ],
  broadworks: (d) => [d.matches && d.matches.length ? list(d.matches.slice(0, 5), (m) => el('span', {},
    el('strong', { text: `${m.code} ` }), `${m.message} — ${m.action || ''}`)) : null],
};

function summaryText(report) {
  const s = report.summary || {};
  if (s.errors > 0) return `${plural(s.errors, 'error')}${s.warnings ? `, ${plural(s.warnings, 'warning')}` : ''} — fix before uploading`;
  if (s.warnings > 0) return `No errors, ${plural(s.warnings, 'warning')}`;
  return 'No problems found';
}

// ---- The elements -------------------------------------------------------

const PANELS = ['input', 'summary', 'findings', 'data'];
const COMMON_ATTRS = ['value', 'compact', 'readonly', 'panels'];

class PreflightElement extends HTMLElement {
  constructor() {
    super();
    this._tool = this.constructor.tool;
    this._spec = TOOLS[this._tool];
    this._options = {};
    this._generation = 0;
    this._report = null;
    this._input = null; // what is checked: the text box, or the chosen files
    this._timer = 0;
    const root = this.attachShadow({ mode: 'open' });
    root.append(el('link', { rel: 'stylesheet', href: new URL('preflight-embed.css', BASE).href }));
    this._build(root);
  }

  static get observedAttributes() {
    const opts = Object.keys(TOOLS[this.tool].options).map((o) => o.replace(/_/g, '-'));
    return [...COMMON_ATTRS, ...opts];
  }

  _build(root) {
    const spec = this._spec;
    const id = 'preflight-input';
    const multiline = spec.input !== 'line';
    this._field = multiline
      ? el('textarea', { id, part: 'input', rows: 5, spellcheck: 'false', placeholder: spec.placeholder })
      : el('input', { id, part: 'input', type: 'text', spellcheck: 'false', autocomplete: 'off', placeholder: spec.placeholder });
    this._field.addEventListener('input', () => { this._input = null; this._schedule(250); });
    const row = el('div', { class: 'row' }, this._field);
    if (spec.input === 'file' || spec.input === 'files') {
      this._file = el('input', { type: 'file', multiple: spec.input === 'files', class: 'visually-hidden', 'aria-label': `Choose ${spec.title} file` });
      this._file.addEventListener('change', () => {
        const files = Array.from(this._file.files || []);
        if (!files.length) return;
        this._input = spec.input === 'files' ? files : files[0];
        this._field.value = '';
        this._field.placeholder = files.map((f) => f.name).join(', ');
        this._schedule(0);
      });
      this._fileButton = el('button', { type: 'button', part: 'button', text: spec.input === 'files' ? 'Choose files' : 'Choose file' });
      this._fileButton.addEventListener('click', () => this._file.click());
      row.append(this._fileButton, this._file);
    }
    if (spec.input === 'files') this._field.hidden = true;
    this._label = el('label', { for: id, part: 'label', class: 'title', text: spec.title });
    this._inputPanel = el('div', { class: 'panel input' }, this._label, row);
    this._badge = el('span', { class: 'badge', part: 'badge' });
    this._summaryText = el('span', { class: 'summary-text' });
    this._summary = el('div', { class: 'panel summary', part: 'summary', role: 'status', 'aria-live': 'polite' }, this._badge, this._summaryText);
    this._findings = el('ol', { class: 'panel findings', part: 'findings' });
    this._data = el('div', { class: 'panel data', part: 'data' });
    this._container = el('div', { class: 'preflight', part: 'container' },
      this._inputPanel, this._summary, this._findings, this._data);
    root.append(this._container);
    this._applyLayout();
  }

  connectedCallback() {
    if (this.hasAttribute('value') && !this._field.value) this._field.value = this.getAttribute('value');
    this._schedule(0);
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    this._generation++;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'value') {
      this._input = null;
      this._field.value = value || '';
      this._schedule(0);
    } else if (name === 'compact' || name === 'readonly' || name === 'panels') {
      this._applyLayout();
    } else {
      this._schedule(0);
    }
  }

  _applyLayout() {
    const shown = (this.getAttribute('panels') || PANELS.join(' ')).split(/[\s,]+/);
    this._inputPanel.hidden = !shown.includes('input');
    this._summary.hidden = !shown.includes('summary');
    this._findings.hidden = !shown.includes('findings');
    this._data.hidden = !shown.includes('data');
    this._container.classList.toggle('compact', this.hasAttribute('compact'));
    const ro = this.hasAttribute('readonly');
    this._field.readOnly = ro;
    if (this._fileButton) this._fileButton.disabled = ro;
  }

  /** The text being checked (the text box). Setting it re-validates. */
  get value() { return this._field.value; }
  set value(v) { this._input = null; this._field.value = v == null ? '' : String(v); this._schedule(0); }

  /** The tool's options, merged over the attributes. Setting re-validates. */
  get options() { return { ...this._attributeOptions(), ...this._options }; }
  set options(o) { this._options = { ...(o || {}) }; this._schedule(0); }

  /** The latest report (null before the first result). */
  get report() { return this._report; }

  /** Check `input` (text, bytes, a File or a list of files) now. */
  setInput(input) {
    if (typeof input === 'string') { this.value = input; return; }
    this._input = input;
    this._schedule(0);
  }

  _attributeOptions() {
    const out = {};
    for (const [name, type] of Object.entries(this._spec.options)) {
      const attr = name.replace(/_/g, '-');
      if (!this.hasAttribute(attr)) continue;
      const raw = this.getAttribute(attr);
      if (type === 'bool') out[name] = raw !== 'false';
      else if (type === 'int') out[name] = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
      else if (type === 'list') out[name] = raw.split(',').map((s) => s.trim()).filter(Boolean);
      else out[name] = raw;
    }
    return out;
  }

  _schedule(delay) {
    clearTimeout(this._timer);
    if (!this.isConnected) return;
    this._timer = setTimeout(() => this._run(), delay);
  }

  async _run() {
    const generation = ++this._generation;
    const input = this._input != null ? this._input : this._field.value;
    const empty = typeof input === 'string' && !input.trim() && this._tool !== 'firewall';
    if (empty) {
      this._report = null;
      this._show(null);
      return;
    }
    this._container.setAttribute('aria-busy', 'true');
    let report;
    try {
      report = await check(this._tool, input, this.options);
    } catch (e) {
      if (generation !== this._generation) return;
      this._container.removeAttribute('aria-busy');
      this._showError(e);
      return;
    }
    // Only the latest check counts: typing fast never shows a stale result.
    if (generation !== this._generation) return;
    this._container.removeAttribute('aria-busy');
    this._report = report;
    this._show(report);
    this.dispatchEvent(new CustomEvent('preflight-result', { detail: report, bubbles: true, composed: true }));
  }

  _show(report) {
    this._findings.replaceChildren();
    this._data.replaceChildren();
    if (!report) {
      this._badge.textContent = '';
      this._badge.className = 'badge';
      this._summaryText.textContent = '';
      return;
    }
    const s = report.summary || {};
    const state = s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : 'ok';
    this._badge.className = `badge ${state}`;
    this._badge.setAttribute('part', `badge badge-${state}`);
    this._badge.textContent = state === 'error' ? 'Not ready' : state === 'warning' ? 'Check' : 'Ready';
    this._summaryText.textContent = summaryText(report);
    for (const f of report.findings || []) this._findings.append(renderFinding(f));
    const view = DATA_VIEWS[this._tool];
    if (view && report.data) for (const node of view(report.data)) if (node) this._data.append(node);
  }

  _showError(e) {
    this._report = null;
    this._findings.replaceChildren();
    this._data.replaceChildren();
    this._badge.className = 'badge error';
    this._badge.textContent = 'Error';
    this._summaryText.textContent = e && e.message ? e.message : String(e);
    this.dispatchEvent(new CustomEvent('preflight-error', { detail: { message: this._summaryText.textContent }, bubbles: true, composed: true }));
  }
}

for (const [tool, spec] of Object.entries(TOOLS)) {
  const name = `preflight-${spec.element || tool}`;
  if (!customElements.get(name)) {
    customElements.define(name, class extends PreflightElement { static tool = tool; });
  }
}

/**
 * Attach Preflight to `element`. A portal's own `<input>`, `<textarea>` or
 * file input is checked as the user types or picks files (and announces
 * `preflight-result` on that element); any other element gets the tool's
 * widget inside it. Returns `{ setInput, getReport, destroy }`.
 */
export function mount(element, tool, options = {}) {
  const spec = toolSpec(tool);
  const tag = element && element.tagName;
  if (tag !== 'INPUT' && tag !== 'TEXTAREA') {
    const widget = document.createElement(`preflight-${spec.element || tool}`);
    widget.options = options;
    element.append(widget);
    return {
      setInput: (input) => widget.setInput(input),
      getReport: () => widget.report,
      destroy: () => widget.remove(),
    };
  }
  let report = null;
  let generation = 0;
  let timer = 0;
  let given = null;
  const run = async () => {
    const mine = ++generation;
    const input = given != null ? given
      : element.type === 'file' ? (spec.input === 'files' ? Array.from(element.files || []) : (element.files || [])[0])
        : element.value;
    if (input == null || (typeof input === 'string' && !input.trim()) || (Array.isArray(input) && !input.length)) return;
    const r = await check(tool, input, options);
    if (mine !== generation) return;
    report = r;
    element.dispatchEvent(new CustomEvent('preflight-result', { detail: r, bubbles: true, composed: true }));
  };
  const onInput = () => { given = null; clearTimeout(timer); timer = setTimeout(run, 250); };
  const event = element.type === 'file' ? 'change' : 'input';
  element.addEventListener(event, onInput);
  return {
    setInput: (input) => {
      if (typeof input === 'string' && element.type !== 'file') { element.value = input; given = null; } else given = input;
      clearTimeout(timer);
      return run().then(() => report);
    },
    getReport: () => report,
    destroy: () => { element.removeEventListener(event, onInput); clearTimeout(timer); generation++; },
  };
}
