/**
 * When sensors speak, whatever the protocol: each at its kind's cadence shortened by the
 * simulation speed (never more than once a second), phased across its interval so they do not
 * all speak at once.
 */
import type { SimSensor } from "../city/load-city";

const TICK_MS = 500;
const MIN_INTERVAL_S = 1;

/** What every sensor publisher is given, whatever it speaks. */
export interface SensorSource {
  sensors: readonly SimSensor[];
  /** Simulation speed: a 60 s cadence becomes 60 / speed wall-clock seconds. */
  speed: number;
  /** The sensor's value at a wall-clock instant. */
  read: (sensor: SimSensor, realNow: Date) => number;
  log: (message: string) => void;
}

export interface SensorPublisher {
  /** Readings the receiver acknowledged, and readings dropped (receiver unreachable or refusing). */
  counts(): { published: number; dropped: number };
  stop(): Promise<void>;
}

export interface SensorReading {
  sensor: SimSensor;
  value: number;
  /** When it was taken (wall clock). */
  at: Date;
  /** The most seconds until the sensor's next reading (SenML `ut`), so a receiver can tell a silent sensor. */
  nextWithinS: number;
}

/** Hands `publish` the readings due at each tick, taken at that tick, until the returned function is called. */
export function everyCadence(source: Pick<SensorSource, "sensors" | "speed" | "read">, publish: (due: SensorReading[]) => void): () => void {
  const start = Date.now();
  const schedule = source.sensors.map((sensor, index) => {
    const intervalMs = Math.max(MIN_INTERVAL_S, sensor.cadenceS / source.speed) * 1000;
    return { sensor, intervalMs, dueMs: start + ((index * 0.618_034) % 1) * intervalMs };
  });
  const timer = setInterval(() => {
    const now = Date.now();
    const realNow = new Date(now);
    const due: SensorReading[] = [];
    for (const entry of schedule) {
      if (now < entry.dueMs) continue;
      // A late tick (a busy event loop) publishes once and re-phases instead of bursting.
      entry.dueMs = Math.max(entry.dueMs + entry.intervalMs, now + entry.intervalMs / 2);
      // Two intervals: one late tick does not make the sensor look silent.
      due.push({ sensor: entry.sensor, value: source.read(entry.sensor, realNow), at: realNow, nextWithinS: (2 * entry.intervalMs) / 1000 });
    }
    if (due.length > 0) publish(due);
  }, TICK_MS);
  return () => clearInterval(timer);
}
