/**
 * The background duty that runs the simulated crews (simulated-crews.ts): one tick a second,
 * never overlapping. SIMULATOR=off leaves the crews still, as it does the rest of the simulated
 * city; SIMULATOR_SPEED speeds their drives and stops up as it speeds the simulator's clock.
 */
import type { Duty } from "@/server/runtime/duty";
import { simulatorConfigFromEnv } from "@/server/simulator/config";
import { SimulatedCrews } from "./simulated-crews";

const TICK_MS = 1_000;

export const unitMovementDuty: Duty = {
  name: "unit-movement",
  async start(context) {
    const { enabled, speed } = simulatorConfigFromEnv();
    if (!enabled) {
      context.log("off (SIMULATOR=off)");
      return async () => {};
    }
    const startedAt = Date.now();
    const crews = new SimulatedCrews(context.database.db, () => ((Date.now() - startedAt) / 1000) * speed, context.log);
    let timer: NodeJS.Timeout | null = null;
    let running: Promise<void> = Promise.resolve();
    let stopped = false;
    const loop = () => {
      running = crews
        .tick()
        .catch((error: unknown) => context.log(`tick failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
        .then(() => {
          if (!stopped) timer = setTimeout(loop, TICK_MS);
        });
    };
    loop();
    context.log(`moving synthetic units along the road graph at ${speed}x`);
    return async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    };
  },
};
