/**
 * Who may read an agency's CAP feed: anyone when it is public; with 'token' access, an
 * integration token of that agency holding the read:cap-feed scope; nobody when it is off.
 */
import type { Db } from "@/db/client";
import { verifyApiToken } from "@/server/auth/api-tokens";
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from "@/server/services/errors";
import { capFeedAccessOf } from "../cap-feed-access";

/** The agency whose feed to serve; a token alone names its own agency. */
export async function authorizeCapFeed(db: Db, requestedAgency: string | null, authorization: string | null): Promise<{ agencyId: string; public: boolean }> {
  const token = authorization ? await verifyApiToken(db, authorization, "read:cap-feed") : null;
  const agencyId = requestedAgency ?? token?.agencyId;
  if (!agencyId) throw new InvalidInputError("Name the agency: /api/cap/alerts.atom?agency=<id>.");
  const access = await capFeedAccessOf(db, agencyId);
  // An unpublished feed looks the same as a missing agency: nothing to learn by probing.
  if (access === "off") throw new NotFoundError("That CAP feed");
  if (access === "public") return { agencyId, public: true };
  if (!token) throw new UnauthenticatedError("This CAP feed needs an API token with the read:cap-feed scope.");
  if (token.agencyId !== agencyId) throw new ForbiddenError("This token belongs to another agency.");
  return { agencyId, public: false };
}
