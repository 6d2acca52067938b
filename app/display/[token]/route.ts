import { getDatabase } from "@/db/client";
import { requestSourceAddress } from "@/server/api/request-source";
import { isHttps, sessionCookie } from "@/server/auth/session-cookie";
import { openDisplay } from "@/server/services/access/open-display";
import { DomainError } from "@/server/services/errors";

/** GET /display/<token>: sets a kiosk session cookie and opens the wallboard. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const database = await getDatabase();
  try {
    const session = await openDisplay(database.db, token, { sourceAddress: requestSourceAddress(req), userAgent: req.headers.get("user-agent") });
    const headers = new Headers({ Location: "/wallboard", "Set-Cookie": sessionCookie(session.secret, { secure: isHttps(req), maxAgeS: session.maxAgeS }) });
    return new Response(null, { status: 303, headers });
  } catch (error) {
    if (error instanceof DomainError) return new Response(error.message, { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
