// Loads the WebAssembly app: the page bundle that holds the page in the
// address bar (src/tools.rs, APP_BUNDLES; tests/boot_bundles.rs keeps the
// two tables in step). Kept in its own file because the page's
// Content-Security-Policy allows no inline script.
const BUNDLES = {
  'saml-metadata': 'saml', 'saml-response': 'saml', cert: 'cert', cron: 'cron',
  'csv-users': 'csv-users', directory: 'directory', srv: 'net', ports: 'net',
  firewall: 'net', broadworks: 'broadworks', check: 'check', rules: 'rules',
};
const slug = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
const bundle = Object.prototype.hasOwnProperty.call(BUNDLES, slug) ? BUNDLES[slug] : 'home';
// The app compares it with the page it is asked for: the address may have
// changed again while the bundle was loading (then it loads the right one).
globalThis.preflightBootHash = location.hash;

try {
  const { default: init } = await import(`./preflight-app-${bundle}.js`);
  await init();
} catch (err) {
  const note = document.getElementById('boot-note');
  if (note) {
    note.textContent = 'Preflight could not start: ' + err + '. It needs a browser with WebAssembly.';
  }
  throw err;
}

// Offline use: the service worker keeps this build's files (www/sw.js).
// Only over http(s); file:// has no service workers, and the single-file
// build needs none.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  watchForUpdates();
}

// A new build installs beside the running one and waits. It takes over at
// once while nothing has been typed or dropped on this page (the page then
// reloads into it); otherwise a note offers the reload, so nobody loses
// what they pasted and no page ever runs half old, half new.
function watchForUpdates() {
  const sw = navigator.serviceWorker;
  const updating = Boolean(sw.controller);
  let touched = false;
  for (const kind of ['input', 'drop', 'change']) {
    addEventListener(kind, () => { touched = true; }, { capture: true });
  }
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (updating && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  const offer = (worker) => {
    if (!sw.controller) return; // the first install: nothing to replace
    if (!touched) {
      worker.postMessage('preflight-activate');
      return;
    }
    if (document.getElementById('update-note')) return;
    const note = document.createElement('div');
    note.id = 'update-note';
    note.className = 'update-note';
    note.setAttribute('role', 'status');
    note.textContent = 'A new version of Preflight is ready. ';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => worker.postMessage('preflight-activate'));
    note.append(button);
    document.body.append(note);
  };
  sw.register('./sw.js').then((reg) => {
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
  }).catch(() => {});
}
