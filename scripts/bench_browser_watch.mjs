// The main-thread watch the browser benchmarks share: a 10 ms ticker whose
// longest gap is the longest stall of the page, and the page's long tasks
// (start relative to the watch's start, duration; both in ms).

/** Start watching `page`'s main thread. */
export async function watchMainThread(page) {
  await page.evaluate(() => {
    window.__long = [];
    window.__t0 = performance.now();
    window.__watch?.disconnect();
    window.__watch = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__long.push([Math.round(e.startTime - window.__t0), Math.round(e.duration)]);
      }
    });
    window.__watch.observe({ type: 'longtask' });
    window.__maxGap = 0;
    let last = performance.now();
    clearInterval(window.__ticker);
    window.__ticker = setInterval(() => {
      const t = performance.now();
      window.__maxGap = Math.max(window.__maxGap, t - last);
      last = t;
    }, 10);
  });
}

/** Stop watching: {gap_ms, long_tasks_ms, heap_mb}. */
export async function readMainThread(page) {
  return page.evaluate(() => {
    clearInterval(window.__ticker);
    window.__watch?.disconnect();
    const heap = performance.memory?.usedJSHeapSize;
    return { gap_ms: Math.round(window.__maxGap), long_tasks_ms: window.__long,
      heap_mb: heap && +(heap / 1e6).toFixed(1) };
  });
}
