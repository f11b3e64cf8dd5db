// Preflight's generic Web Worker: runs one tool on one large input off the
// page's main thread. A module worker (CSP: worker-src 'self'); it loads the
// core-only wasm (preflight-worker, no UI code) and never fetches anything
// else. src/app/worker.rs is the page side; any tool with a streaming sink
// in src/stream.rs can use it.
//
// In:  {tool: 'saml-metadata', options: {...}, file: File | Blob}
// Out: {type: 'progress', phase: 'read' | 'check', fraction, overall}
//        read: fraction = bytes read / file size; check: the core's own progress
//        overall = 0..1 across both (reading weighs job.push_share(): little
//        for XML, which is checked whole at the end; nearly all for CSV)
//      {type: 'report', report: Uint8Array (the Report as UTF-8 JSON, its buffer
//        transferred: the page reads the bytes as they are, with no copy or
//        re-encoding of a federation-sized string on its main thread),
//        timing: {init_ms, read_ms, check_ms}}
//      {type: 'error', message}
// One job per worker: the page terminates the worker to cancel (which ends
// its helper too).
//
// A job may name a helper (job.helper(): saml-metadata has its signatures
// verified): for an input of HELPER_MIN_BYTES or more this worker starts a
// second worker on the same file and options, reads and checks meanwhile
// (job.prepare), then hands the helper's report to the job before finishing.
// Where no second worker starts, or it fails, the job does it all itself.
import init, { Job } from './preflight-worker.js';

const CHUNK = 4 * 1024 * 1024;
const HELPER_MIN_BYTES = 1024 * 1024;

/** The helper job's report (JSON text), or null if it could not run. */
function startHelper(tool, options, file) {
  return new Promise((resolve) => {
    let w;
    try {
      w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const done = (value) => { w.terminate(); resolve(value); };
    w.onmessage = (e) => {
      const m = e.data || {};
      if (m.type === 'report') done(new TextDecoder().decode(m.report));
      else if (m.type === 'error') done(null);
    };
    w.onerror = () => done(null);
    w.postMessage({ tool, options, file });
  });
}

const ready = init({ module_or_path: './preflight-worker_bg.wasm' });

self.onmessage = async (event) => {
  const { tool, options, file } = event.data || {};
  try {
    const t0 = performance.now();
    await ready;
    const t1 = performance.now();
    const job = new Job(String(tool), JSON.stringify(options || {}));
    const total = file.size;
    const helperTool = total >= HELPER_MIN_BYTES && typeof Worker === 'function' ? job.helper() : undefined;
    const helper = helperTool ? startHelper(helperTool, options, file) : null;
    const readShare = job.push_share();
    for (let start = 0; start < total; start += CHUNK) {
      const end = Math.min(start + CHUNK, total);
      job.push(new Uint8Array(await file.slice(start, end).arrayBuffer()));
      const fraction = total ? end / total : 1;
      self.postMessage({ type: 'progress', phase: 'read', fraction, overall: fraction * readShare });
    }
    const t2 = performance.now();
    const onCheck = (fraction) => {
      self.postMessage({ type: 'progress', phase: 'check', fraction,
        overall: readShare + fraction * (1 - readShare) });
    };
    if (helper) {
      job.prepare_with_progress(onCheck);
      const helped = await helper;
      if (helped) job.accept_helper(helped);
    }
    const report = job.finish_with_progress(onCheck);
    const timing = { init_ms: Math.round(t1 - t0), read_ms: Math.round(t2 - t1),
      check_ms: Math.round(performance.now() - t2) };
    const bytes = new TextEncoder().encode(report);
    self.postMessage({ type: 'report', report: bytes, timing }, [bytes.buffer]);
  } catch (err) {
    // A panic in the core left its message before the instance trapped.
    const panic = self.__preflightPanic;
    const message = panic
      ? `Preflight stopped after an internal error (a bug, not a problem with the file): ${panic}`
      : String((err && err.message) || err);
    self.postMessage({ type: 'error', message });
  }
};
