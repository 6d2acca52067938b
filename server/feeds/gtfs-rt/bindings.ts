/**
 * The generated GTFS-Realtime classes. The package is CommonJS with no named exports Node can
 * detect, so it is imported once here, by default, and re-exported.
 */
import GtfsRealtimeBindings from "gtfs-realtime-bindings";
import type { transit_realtime as Rt } from "gtfs-realtime-bindings";

export const { transit_realtime: realtime } = GtfsRealtimeBindings;

/**
 * A decoded message as `toObject({ longs: Number })` returns it: 64-bit fields are plain numbers.
 * Enums stay numeric; `enumName` maps them to their spec names.
 */
export type Plain<T> = T extends { toNumber(): number }
  ? number
  : T extends (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

export type DecodedEntity = Plain<Rt.IFeedEntity>;
export type { Rt };

/** The spec name of a numeric enum value, or undefined for a value this binding does not know. */
export function enumName<E extends object>(values: E, value: number): keyof E | undefined {
  const name: unknown = (values as Record<number, unknown>)[value];
  return typeof name === "string" ? (name as keyof E) : undefined;
}
