/** GET /api/cap/alerts.atom?agency=<id>: an agency's own alerts as a CAP 1.2 Atom feed (public or token, per its setting). */
import { getDatabase } from "@/db/client";
import { authorizeCapFeed } from "@/server/services/alerts/cap-out/authorize-cap-feed";
import { capAtomFeed } from "@/server/services/alerts/cap-out/cap-atom-feed";
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from "@/server/services/errors";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const { db } = await getDatabase();
  try {
    const feed = await authorizeCapFeed(db, url.searchParams.get("agency"), req.headers.get("authorization"));
    const feedUrl = `${url.origin}${url.pathname}?agency=${encodeURIComponent(feed.agencyId)}`;
    const xml = await capAtomFeed(db, feed.agencyId, { feedUrl, senderDomain: process.env.CAP_SENDER_DOMAIN ?? url.hostname });
    return new Response(xml, {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": feed.public ? "public, max-age=15" : "private, no-store" },
    });
  } catch (error) {
    const status =
      error instanceof UnauthenticatedError ? 401 : error instanceof ForbiddenError ? 403 : error instanceof NotFoundError ? 404 : error instanceof InvalidInputError ? 400 : null;
    if (status === null) throw error;
    const headers = status === 401 ? { "WWW-Authenticate": 'Bearer realm="citydeck-cap"' } : undefined;
    return Response.json({ error: (error as Error).message }, { status, headers });
  }
}
