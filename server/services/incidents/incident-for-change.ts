import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, type Incident } from "@/db/schema";
import { assertMayChange } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { NotFoundError } from "@/server/services/errors";

/** The incident a change is about, once the caller is known to be allowed to change it. */
export async function incidentForChange(db: Db, session: AuthSession, id: string): Promise<Incident> {
  const [incident] = await db.select().from(incidents).where(eq(incidents.id, id));
  if (!incident) throw new NotFoundError("That incident");
  assertMayChange(session, incident.agencyId);
  return incident;
}
