/**
 * Drill: a flash flood along the Nairobi River in Mathare. The river data has no Nairobi River
 * and the seed's gauges stand in two clusters far from Mathare (Mugumu-ini in the south, Ruai
 * in the east), so the drill drives the three gauges NEAREST Mathare past their major flood
 * stage and publishes through them, while the calls and the CAP flood warning are placed in
 * Mathare itself (the Mathare constituency's wards and Mathare North).
 */
import { distanceM } from "@/db/seed/geo/haversine";
import { displayName } from "../city/ward-areas";
import { hullPolygon } from "../geo/convex-hull";
import { pick } from "../random";
import { MINUTE_MS, minutesAfter, type DrillDefinition } from "./drill-plan";

const GAUGES = 3;
const DESCRIPTIONS = [
  "Nairobi River burst its banks in Mathare, people stranded on roofs",
  "Child swept away by flood water near the Mathare bridge",
  "Flood water entering houses along the river, families moving out",
  "Water rising fast in the valley, people trapped in a shack",
  "Road to the bridge flooded, water rising",
];

export const flashFloodMathare: DrillDefinition = {
  name: "flash-flood-mathare",
  title: "Flash flood in Mathare",
  description: "River gauges (the three nearest Mathare) rise past major flood stage, flooding calls from Mathare, a CAP flood warning.",
  durationMin: 210,
  start({ city, world, calls, at, random }) {
    const wards = [...city.wards.inConstituencies("MATHARE"), ...city.wards.named(["MATHARE NORTH"])];
    if (wards.length === 0) throw new Error("this city has no Mathare wards");
    const centre: [number, number] = [
      wards.reduce((sum, ward) => sum + ward.center[0], 0) / wards.length,
      wards.reduce((sum, ward) => sum + ward.center[1], 0) / wards.length,
    ];
    const gauges = city.sensors
      .filter((sensor) => sensor.kind === "water_level")
      .sort((a, b) => distanceM(a.position, centre) - distanceM(b.position, centre))
      .slice(0, GAUGES);
    const start = at.getTime();
    world.effects.surges.push({
      sensorIds: new Set(gauges.map((gauge) => gauge.id)),
      aboveMajorM: 0.5,
      startMs: start,
      rampInMs: 20 * MINUTE_MS,
      endMs: start + 60 * MINUTE_MS,
      rampOutMs: 150 * MINUTE_MS,
    });
    const place = wards.map((ward) => displayName(ward.name)).join(", ");
    world.effects.hazards.push({
      key: "drill/flash-flood-mathare",
      startMs: start + 10 * MINUTE_MS,
      rampInMs: 0,
      endMs: start + 120 * MINUTE_MS,
      rampOutMs: 0,
      notice: {
        event: "Flood warning",
        category: ["Met"],
        responseType: ["Evacuate"],
        urgency: "Immediate",
        severity: "Extreme",
        certainty: "Observed",
        headline: "Flash flood warning: Nairobi River in Mathare above major flood stage",
        description: `Heavy rain upstream has sent a flash flood down the Nairobi and Mathare rivers. Gauges ${gauges.map((gauge) => gauge.id).join(", ")} are above major flood stage. Areas at risk: ${place}.`,
        instruction: "Leave homes on the river banks now and move to higher ground. Do not cross the river or walk through moving water.",
        areas: [
          {
            areaDesc: `Mathare, Nairobi: ${place}`,
            polygons: wards.map((ward) => hullPolygon([ward.geometry])),
            circles: [{ center: centre, radiusKm: 2 }],
            geocodes: wards.map((ward) => ({ valueName: "IEBC ward code", value: ward.code })),
          },
        ],
      },
    });
    calls.plan(
      [15, 18, 22, 25, 31, 38, 46, 55, 70].map((minutes) => {
        const ward = pick(random, wards);
        return { at: minutesAfter(at, minutes), type: "flooding" as const, position: city.wards.randomPointIn(random, ward.code), description: pick(random, DESCRIPTIONS) };
      }),
    );
  },
};
