/** A rule in one line of words, for the rule list (pure). */
import { RuleDefinition, type RuleKind } from "@/lib/domain/rules";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";

export function ruleSummary(kind: RuleKind, params: unknown): string {
  const parsed = RuleDefinition.safeParse({ kind, params });
  if (!parsed.success) return "Parameters not valid";
  const definition = parsed.data;
  switch (definition.kind) {
    case "threshold": {
      const p = definition.params;
      const info = SENSOR_KIND_INFO[p.sensorKind];
      const limit = "value" in p.limit ? `${p.limit.value} ${info.unit}` : `the ${p.limit.floodStage} flood stage`;
      const duration = p.forMinutes > 0 ? ` for ${p.forMinutes} min` : "";
      const window = p.activeWindow ? `, ${p.activeWindow.from}-${p.activeWindow.to}` : "";
      return `${info.label} ${p.direction} ${limit}${duration}${window}`;
    }
    case "rate_of_change": {
      const p = definition.params;
      const info = SENSOR_KIND_INFO[p.sensorKind];
      return `${info.label} ${p.direction} ${p.change} ${info.unit} within ${p.perMinutes} min`;
    }
    case "geofence": {
      const p = definition.params;
      const zone = p.zone.kind === "ward" ? `ward ${p.zone.wardCode}` : p.zone.kind === "polygon" ? p.zone.name : "a CAP warning's area";
      return `${p.subjects.join(", ")} ${p.trigger === "enter" ? "entering" : "leaving"} ${zone}`;
    }
    case "silence": {
      const p = definition.params;
      const what = p.subject === "feed" ? "Feeds" : p.sensorKind ? `${SENSOR_KIND_INFO[p.sensorKind].label} sensors` : "Sensors";
      return `${what} silent for ${p.multiple}× their ${p.subject === "feed" ? "interval" : "cadence"}`;
    }
  }
}
