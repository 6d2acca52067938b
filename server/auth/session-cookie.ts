export const SESSION_COOKIE = "citydeck_session";

/** Reads the session secret from a Cookie header. */
export function readSessionCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** HttpOnly + SameSite=Lax always; Secure whenever the page is served over HTTPS. */
export function sessionCookie(secret: string, options: { secure: boolean; maxAgeS: number }): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(secret)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${options.maxAgeS}`,
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

export const clearedSessionCookie = (secure: boolean) => sessionCookie("", { secure, maxAgeS: 0 });

/** Behind a TLS-terminating proxy the request URL is http: trust X-Forwarded-Proto too. */
export function isHttps(req: Request): boolean {
  return new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
}
