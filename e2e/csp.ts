/**
 * The Content-Security-Policy every end-to-end test runs under (the README recommends it to hosts).
 * 'unsafe-inline' scripts: Next.js's inline bootstrap of a static export; 'wasm-unsafe-eval': lets
 * TensorFlow.js compile its WebAssembly. No eval or new Function is allowed. worker-src 'self' also
 * lets the page register its service worker (sw.js); manifest-src 'self' lets it read its web app
 * manifest (both would follow default-src, but a host that tightens default-src must keep them).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');
