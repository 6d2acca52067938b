/**
 * A pass woken by sensor writes judges only the sensors written since the last pass: new data
 * is what can change a sensor's findings. Clock passes judge every sensor (silence and the end
 * of a night window come with time alone).
 */
import { gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sensors } from "@/db/schema";
import type { RuleDefinition } from "@/lib/domain/rules";

/** The sensors to judge; undefined means all of them. */
export type SensorFocus = ReadonlySet<string> | undefined;

/** A rule's own sensor list narrowed to the focus; undefined when the rule watches every sensor of its kind. */
export function focusedSensorIds(ruleSensorIds: readonly string[] | undefined, focus: SensorFocus): readonly string[] | undefined {
  if (!focus) return ruleSensorIds;
  return ruleSensorIds ? ruleSensorIds.filter((id) => focus.has(id)) : [...focus];
}

export const watchesSensors = (definition: RuleDefinition) =>
  definition.kind === "threshold" || definition.kind === "rate_of_change" || (definition.kind === "silence" && definition.params.subject === "sensor");

/**
 * Sensors written after `seq`, and the seq to continue from. Live writes commit in seq order
 * (migration 0001), so a write this read misses has a higher seq and is found next time.
 */
export async function sensorsWrittenAfter(db: Db, seq: number): Promise<{ ids: Set<string>; seq: number }> {
  const rows = await db.select({ id: sensors.id, seq: sensors.seq }).from(sensors).where(gt(sensors.seq, seq));
  return { ids: new Set(rows.map((row) => row.id)), seq: rows.reduce((top, row) => Math.max(top, row.seq), seq) };
}
