/**
 * The caller's address as the reverse proxy reports it. Only the first hop of
 * X-Forwarded-For is used; without a proxy Next.js sets it to the socket address.
 */
export function requestSourceAddress(req: Request): string | null {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || null;
}
