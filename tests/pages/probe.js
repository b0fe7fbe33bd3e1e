// Loaded first by each test page: records console output, errors and CSP violations for the test.
window.__logs = [];
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  const original = console[method];
  console[method] = (...args) => {
    window.__logs.push(`${method}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (e) => window.__logs.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__logs.push(`rejection: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__logs.push(`csp: ${e.violatedDirective} ${e.blockedURI}`),
);
