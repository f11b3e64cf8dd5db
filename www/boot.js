// Loads the WebAssembly app. Kept in its own file because the page's
// Content-Security-Policy allows no inline script.
import init from './preflight-web.js';

try {
  await init({ module_or_path: './preflight-web_bg.wasm' });
} catch (err) {
  const note = document.getElementById('boot-note');
  if (note) {
    note.textContent = 'Preflight could not start: ' + err + '. It needs a browser with WebAssembly.';
  }
  throw err;
}

// Offline use: cache the app's own files. Only over http(s); file:// has no
// service workers, and the single-file build needs none.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
