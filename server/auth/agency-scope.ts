import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { sharingGrants } from "@/db/schema";
import { COMMAND_AGENCY_KIND, type DataDomain } from "@/lib/domain/access";
import { ForbiddenError } from "@/server/services/errors";
import type { AuthSession } from "./auth-session";

/** The agencies whose records of one domain a session may see: every one, or a list. */
export type AgencyScope = "all" | readonly string[];

/**
 * City command-center staff see every agency; everyone else sees their own agency plus the
 * owners that currently share this domain with it. Read on every call, so a revoked grant
 * takes effect at once (live streams included).
 */
export async function agencyScope(db: Db, session: AuthSession, domain: DataDomain): Promise<AgencyScope> {
  if (session.agencyKind === COMMAND_AGENCY_KIND) return "all";
  const grants = await db
    .select({ owner: sharingGrants.ownerAgencyId })
    .from(sharingGrants)
    .where(and(eq(sharingGrants.granteeAgencyId, session.agencyId), eq(sharingGrants.domain, domain), isNull(sharingGrants.revokedAt)));
  return [session.agencyId, ...grants.map((g) => g.owner)];
}

/** WHERE clause limiting `agencyColumn` to the scope (undefined = no limit). */
export function withinScope(agencyColumn: AnyPgColumn, scope: AgencyScope): SQL | undefined {
  return scope === "all" ? undefined : inArray(agencyColumn, [...scope]);
}

export const scopeIncludes = (scope: AgencyScope, agencyId: string) => scope === "all" || scope.includes(agencyId);

/** Changing a record needs to be its owner (sharing grants are read-only) or the city command center. */
export function assertMayChange(session: AuthSession, ownerAgencyId: string) {
  if (session.agencyKind === COMMAND_AGENCY_KIND || session.agencyId === ownerAgencyId) return;
  throw new ForbiddenError("This record belongs to another agency; you can view shared records but not change them.");
}

/** The agency an administrative action applies to: your own, or any when you are the command center. */
export function targetAgency(session: AuthSession, requested: string | undefined): string {
  if (!requested || requested === session.agencyId) return session.agencyId;
  if (session.agencyKind === COMMAND_AGENCY_KIND) return requested;
  throw new ForbiddenError("You can only administer your own agency.");
}

/** Administration covers only your own agency's records (all agencies for the command center); grants don't extend it. */
export const ownAgencyScope = (session: AuthSession): AgencyScope =>
  session.agencyKind === COMMAND_AGENCY_KIND ? "all" : [session.agencyId];
