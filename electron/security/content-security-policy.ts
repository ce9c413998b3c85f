/**
 * The Content-Security-Policy sent with every page the app serves. Nothing remote: scripts,
 * styles, images and connections come from the app's own origin only. 'unsafe-inline' for
 * styles covers React's style attributes (layout values), never scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
