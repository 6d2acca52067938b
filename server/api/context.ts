import { getDatabase } from "@/db/client";
import { resolveSession } from "@/server/auth/sessions";
import { isHttps, readSessionCookie } from "@/server/auth/session-cookie";
import { requestSourceAddress } from "./request-source";
import type { Context } from "./trpc";

/** Context of an HTTP request: the shared database and the caller's session from its cookie. */
export async function createRequestContext(req: Request, resHeaders: Headers | null): Promise<Context> {
  const database = await getDatabase();
  return {
    database,
    session: await resolveSession(database.db, readSessionCookie(req.headers.get("cookie"))),
    sourceAddress: requestSourceAddress(req),
    userAgent: req.headers.get("user-agent"),
    secure: isHttps(req),
    resHeaders,
  };
}
