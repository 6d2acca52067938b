/** What a drill needs to act on the simulated city, and what it is. */
import type { SimCity } from "../city/load-city";
import type { CallGenerator } from "../calls/call-generator";
import type { Random } from "../random";
import type { World } from "../world/world";

export interface DrillContext {
  city: SimCity;
  world: World;
  calls: CallGenerator;
  /** Simulated instant the drill starts. */
  at: Date;
  /** The drill's own random stream (from the simulator's seed): where its calls come from. */
  random: Random;
}

export interface DrillDefinition {
  name: string;
  title: string;
  description: string;
  /** Simulated minutes from start until the drill's effects have ended. */
  durationMin: number;
  start(context: DrillContext): void;
}

export const MINUTE_MS = 60_000;

/** Minutes after the drill's start, as an instant. */
export function minutesAfter(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE_MS);
}
