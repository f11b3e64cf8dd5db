// The widgets' Web Worker (www/preflight-embed.js): loads a tool's wasm
// module on first use and runs `check` off the host page's main thread.
// Messages in: { id, module, tool, input (bytes), options (JSON) }.
// Messages out: { id, ok, json } or { id, ok: false, error, broken }.

const loaded = new Map();

function load(name) {
  if (!/^[a-z-]+$/.test(name)) return Promise.reject(new Error(`no module "${name}"`));
  if (!loaded.has(name)) {
    loaded.set(name, import(new URL(`preflight-embed-${name}.js`, import.meta.url).href)
      .then(async (m) => { await m.default(); return m.check; }));
  }
  return loaded.get(name);
}

self.onmessage = async (event) => {
  const { id, module, tool, input, options } = event.data;
  try {
    const check = await load(module);
    const json = check(tool, input, options);
    self.postMessage({ id, ok: true, json });
  } catch (e) {
    // A trap is a bug in the core: the instance is unusable, so the page
    // ends this worker and starts a fresh one for the next check.
    const broken = e instanceof WebAssembly.RuntimeError;
    const error = broken
      ? `Preflight stopped on this input: ${self.__preflightPanic || e.message}`
      : String(e && e.message ? e.message : e);
    self.postMessage({ id, ok: false, error, broken });
  }
};
