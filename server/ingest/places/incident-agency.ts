/**
 * Which agency answers an emergency call of each type. Floods go to the fire service: in Nairobi
 * the County Fire & Rescue Services lead flood rescue, while the water company runs the pipes
 * (a burst main is type "water"). Types without a responder go to the command center.
 */
import { sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { COMMAND_AGENCY_KIND } from "@/lib/domain/access";
import type { AgencyKind } from "@/lib/domain/agencies";
import type { IncidentType } from "@/lib/domain/incidents";

const RESPONDING_AGENCY_KIND: Record<IncidentType, AgencyKind> = {
  road_collision: "police",
  crime: "police",
  fire: "fire",
  hazmat: "fire",
  flooding: "fire",
  medical: "ambulance",
  power: "power",
  water: "water",
  other: COMMAND_AGENCY_KIND,
};

/** Resolves incident types to agency ids: the first agency of the responding kind, else the command center. */
export async function incidentAgencies(db: Db): Promise<(type: IncidentType) => string | null> {
  const rows = await selectRows<{ id: string; kind: AgencyKind }>(db, sql`select id, kind from agencies order by id`);
  const byKind = new Map<string, string>();
  for (const row of rows) if (!byKind.has(row.kind)) byKind.set(row.kind, row.id);
  return (type) => byKind.get(RESPONDING_AGENCY_KIND[type]) ?? byKind.get(COMMAND_AGENCY_KIND) ?? null;
}
