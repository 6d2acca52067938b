/**
 * Drill: a multi-vehicle pile-up on Mombasa Road. A burst of P1 collision calls from around one
 * spot of the road (at its traffic station, where the corridor's speed is measured), the
 * corridor's traffic speed collapsing to a crawl for an hour and recovering over half an hour.
 */
import { gaussian, pick } from "../random";
import { MINUTE_MS, minutesAfter, type DrillDefinition } from "./drill-plan";

const ROAD = "Mombasa Road";
const SCATTER_DEGREES = 0.0008;
const DESCRIPTIONS = [
  "Pile-up on Mombasa Road, several cars and a lorry, people trapped",
  "Multiple vehicles crashed on Mombasa Road, two victims unconscious",
  "Matatu overturned in the Mombasa Road pile-up, passengers bleeding heavily",
  "Crashed car on Mombasa Road catching fire, driver trapped",
  "Pile-up on Mombasa Road, a man not breathing on the tarmac",
  "Boda boda rider thrown under a lorry in the Mombasa Road crash, severe bleeding",
];

export const mombasaRoadPileup: DrillDefinition = {
  name: "mombasa-road-pileup",
  title: "Pile-up on Mombasa Road",
  description: "A burst of P1 collision calls from one spot of Mombasa Road; the corridor's traffic speed drops to a crawl.",
  durationMin: 90,
  start({ city, world, calls, at, random }) {
    const station = city.sensors.find((sensor) => sensor.kind === "traffic_speed" && sensor.road?.name === ROAD);
    const road = city.roads.filter((candidate) => candidate.name === ROAD).sort((a, b) => b.lengthM - a.lengthM)[0];
    const spot = station?.position ?? road?.line[Math.floor(road.line.length / 2)];
    if (!spot) throw new Error(`this city has no ${ROAD}`);
    const start = at.getTime();
    world.effects.blockages.push({ roadName: ROAD, startMs: start, rampInMs: 3 * MINUTE_MS, endMs: start + 60 * MINUTE_MS, rampOutMs: 30 * MINUTE_MS });
    calls.plan(
      [1, 1.5, 2, 2.5, 3.5, 4, 5, 7].map((minutes) => ({
        at: minutesAfter(at, minutes),
        type: "road_collision" as const,
        position: [spot[0] + SCATTER_DEGREES * gaussian(random), spot[1] + SCATTER_DEGREES * gaussian(random)] as [number, number],
        description: pick(random, DESCRIPTIONS),
      })),
    );
  },
};
