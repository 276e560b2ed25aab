// Both front doors that serve the renderer send this policy: the Electron entry for the
// recoupe:// scheme, the browser-mode server for its HTTP pages.

/** The Content-Security-Policy of every page Recoupe shows: nothing remote, no eval, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
