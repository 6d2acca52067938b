/**
 * Flood warnings from river gauges: one hazard per ward holding gauges. A warning starts when
 * a gauge passes its minor flood stage and stands until every gauge there is back below its
 * action stage (while the river recedes through the action stage it says so, as Minor);
 * severity follows the worst stage: minor → Moderate, moderate → Severe, major → Extreme.
 */
import { FLOOD_STAGES, type FloodStage } from "@/lib/domain/flood-stages";
import type { CapSeverity } from "@/server/feeds/cap/cap-types";
import { displayName, type SimWard } from "../city/ward-areas";
import { hullPolygon } from "../geo/convex-hull";
import type { GaugeReading } from "../world/river-levels";
import type { HazardNotice } from "./hazard-notice";

const SEVERITY: Record<Exclude<FloodStage, "normal">, CapSeverity> = { action: "Minor", minor: "Moderate", moderate: "Severe", major: "Extreme" };
const GAUGE_RADIUS_KM = 1.5;

const rank = (stage: FloodStage) => FLOOD_STAGES.indexOf(stage);

/** The notice for the ward's gauges; null when there is nothing (more) to warn of. */
export function floodNotice(ward: SimWard, gauges: readonly GaugeReading[], alreadyWarned: boolean): HazardNotice | null {
  const worst = gauges.reduce<GaugeReading | null>(
    (top, gauge) => (!top || rank(gauge.stage) > rank(top.stage) || (rank(gauge.stage) === rank(top.stage) && gauge.levelM > top.levelM) ? gauge : top),
    null,
  );
  const stage = worst?.stage ?? "normal";
  if (!worst || stage === "normal" || (stage === "action" && !alreadyWarned)) return null;
  const severity = SEVERITY[stage];
  const place = displayName(ward.name);
  const above = gauges.filter((gauge) => gauge.stage !== "normal");
  return {
    event: "Flood warning",
    category: ["Met"],
    responseType: severity === "Extreme" ? ["Evacuate"] : ["Prepare", "Avoid"],
    urgency: severity === "Severe" || severity === "Extreme" ? "Immediate" : "Expected",
    severity,
    certainty: "Observed",
    headline: stage === "action" ? `Flood warning for ${place}: river receding, still above action stage` : `Flood warning for ${place}: river at ${stage} flood stage`,
    description:
      `River gauges in ${place} read up to ${worst.levelM.toFixed(2)} m (${stage} stage ${worst.stages[stage].toFixed(1)} m). ` +
      `${above.map((gauge) => `${gauge.sensor.name}: ${gauge.levelM.toFixed(2)} m`).join("; ")}.`,
    instruction:
      severity === "Extreme"
        ? "Leave low-lying homes by the river now and move to higher ground. Do not walk or drive through flood water."
        : "Keep away from the river banks and bridges. Do not cross flooded roads. Be ready to move to higher ground.",
    areas: [
      {
        areaDesc: `${place} ward, Nairobi: the river and its banks`,
        polygons: [hullPolygon([ward.geometry])],
        circles: above.map((gauge) => ({ center: gauge.sensor.position, radiusKm: GAUGE_RADIUS_KM })),
        geocodes: [{ valueName: "IEBC ward code", value: ward.code }],
      },
    ],
  };
}
