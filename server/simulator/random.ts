/**
 * Seeded randomness. Stateful streams (one per subsystem, so adding draws in one never shifts
 * another) drive the world's step-by-step state; `hashedUnit` gives stateless draws keyed by
 * what they describe (a matatu run, a sensor reading), so answering a request changes nothing.
 */
import { mulberry32, seedFrom, type Random } from "@/db/seed/geo/prng";

export type { Random };

export function randomStream(seed: number, subsystem: string): Random {
  return mulberry32(seedFrom(`${seed}/${subsystem}`));
}

/** A uniform number in [0, 1) fixed by the seed and the key parts. */
export function hashedUnit(seed: number, ...key: (string | number)[]): number {
  return mulberry32(seedFrom(`${seed}/${key.join("/")}`))();
}

/** A standard normal number fixed by the seed and the key parts. */
export function hashedGaussian(seed: number, ...key: (string | number)[]): number {
  return gaussian(mulberry32(seedFrom(`${seed}/${key.join("/")}`)));
}

/** Standard normal draw (Box-Muller). */
export function gaussian(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Number of events in an interval whose expected count is `mean` (Knuth; means here are small). */
export function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError("pick from an empty list");
  return items[Math.floor(random() * items.length)]!;
}

export function between(random: Random, low: number, high: number): number {
  return low + random() * (high - low);
}
