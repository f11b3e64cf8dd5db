// The demo portal's own script: it enables each step's button only when
// that widget's latest report has no errors, and the status line when all
// three do. It reads `summary.errors`, nothing else.
import './preflight-embed.js';

const ready = new Map();
const status = document.getElementById('status');
const log = document.getElementById('log');

document.addEventListener('preflight-result', (event) => {
  const widget = event.target;
  const report = event.detail;
  const ok = report.summary.errors === 0;
  ready.set(widget.id, ok);
  const button = document.querySelector(`button[data-for="${widget.id}"]`);
  if (button) button.disabled = !ok;
  const entry = document.createElement('li');
  entry.textContent = `${report.tool}: ${report.summary.errors} errors, ${report.summary.warnings} warnings`;
  log.prepend(entry);
  const all = ['w-cron', 'w-csv', 'w-saml'].every((id) => ready.get(id));
  status.textContent = all ? 'Ready to provision.' : 'Fix the steps marked “Not ready” before uploading.';
  status.classList.toggle('ready', all);
});

for (const button of document.querySelectorAll('button.upload')) {
  button.addEventListener('click', () => {
    const entry = document.createElement('li');
    entry.textContent = `${button.textContent} — sent (demo: nothing leaves this page)`;
    log.prepend(entry);
  });
}
