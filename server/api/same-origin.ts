/**
 * Cross-site request forgery guard for state-changing requests that carry cookies: the
 * browser's Origin (or Sec-Fetch-Site) must say the request came from our own pages.
 */
export function isSameOriginRequest(req: Request): boolean {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return true;
  const origin = req.headers.get("origin");
  if (origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  // No Origin: a non-browser client (no ambient cookies to abuse) unless the browser says cross-site.
  const site = req.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
