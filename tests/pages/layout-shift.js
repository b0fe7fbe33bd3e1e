// Records every layout shift of the page (the parts of Cumulative Layout Shift) for the test.
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__shifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
