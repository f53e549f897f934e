/**
 * The one Content-Security-Policy for the renderer, sent as a header by both the Electron `app://`
 * protocol and `yuedu serve`, and written into the built index.html as a `<meta>` (see
 * CONTENT_SECURITY_POLICY_META). No remote origins at all: the app is offline by design.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React writes highlight colours and font sizes as style attributes.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Directives a browser ignores in a `<meta>` policy (CSP Level 3, §3.3); they work as a header only. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = [
  'frame-ancestors',
  'report-uri',
  'sandbox',
];

/**
 * The same policy for the renderer's `<meta http-equiv>`, so static scanners and any loading path
 * without our headers see it too: the header minus the directives a meta policy cannot carry.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0]!))
  .join('; ');

/** Headers every renderer response carries, whichever transport serves it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
