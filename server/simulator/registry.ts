/**
 * The running simulator of this process. Route handlers and the admin's drill controls find it
 * here; it lives on globalThis because Next.js bundles route handlers and instrumentation.ts
 * separately, and a module-level variable would exist once per bundle.
 */
import { ConflictError } from "@/server/services/errors";
import type { DrillInfo, DrillRun, Simulator } from "./simulator";

const holder = globalThis as unknown as { citydeckSimulator?: Simulator | null };

export function runningSimulator(): Simulator | null {
  return holder.citydeckSimulator ?? null;
}

export function setRunningSimulator(simulator: Simulator | null): void {
  holder.citydeckSimulator = simulator;
}

export const SIMULATOR_NOT_RUNNING =
  "The simulator is not running in this process (SIMULATOR=off, it is still starting, or this instance does not run the simulator duty).";

function requireSimulator(): Simulator {
  const simulator = runningSimulator();
  if (!simulator) throw new ConflictError(SIMULATOR_NOT_RUNNING);
  return simulator;
}

/** The drills an operator can start, and whether each is running now. */
export function listDrills(): DrillInfo[] {
  return requireSimulator().listDrills(new Date());
}

/** @throws NotFoundError (unknown drill), ConflictError (not running, or that drill already runs). */
export function startDrill(name: string): DrillRun {
  return requireSimulator().startDrill(name, new Date());
}
