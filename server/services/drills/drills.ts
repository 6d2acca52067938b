import type { Db } from "@/db/client";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { listDrills as simulatorDrills, runningSimulator, SIMULATOR_NOT_RUNNING, startDrill as startSimulatorDrill } from "@/server/simulator/registry";

/** The training drills of the running simulator, or why there are none. */
export function listDrills() {
  if (!runningSimulator()) return { available: false as const, reason: SIMULATOR_NOT_RUNNING, drills: [] };
  return { available: true as const, reason: null, drills: simulatorDrills() };
}

/** Starts a named drill (the simulator then publishes it through the real feeds) and records who did. */
export async function startDrill(db: Db, actor: Actor, name: string) {
  const run = startSimulatorDrill(name);
  await recordAudit(db, actor, { action: "drills.start", entityKind: "drill", entityId: name, after: { startedAt: run.startedAt, endsAt: run.endsAt } });
  return run;
}
