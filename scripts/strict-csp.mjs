// The strict Content-Security-Policy of widget contract §5, written once: the
// test pages served under it (web-test-runner.config.mjs) and the launch page
// of SCORM packages (scripts/scorm.mjs) use the same policy.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
