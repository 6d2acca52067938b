/**
 * Drill: a power outage across Embakasi (the wards of the five Embakasi constituencies) for an
 * hour and a half: substations there read 0 % load, street-light circuits go dark, and
 * residents call about live wires, a burst transformer and a patient on home oxygen.
 */
import { pick } from "../random";
import { MINUTE_MS, minutesAfter, type DrillDefinition } from "./drill-plan";
import type { IncidentType } from "@/lib/domain/incidents";

const CALLS: { minutes: number; type: IncidentType; description: string }[] = [
  { minutes: 2, type: "power", description: "Whole estate without power, the whole of Embakasi is dark" },
  { minutes: 4, type: "power", description: "Transformer burst with a loud bang, cable sparking on the ground" },
  { minutes: 7, type: "power", description: "Live wire hanging over the road after the blackout" },
  { minutes: 10, type: "medical", description: "Patient on home oxygen, the concentrator stopped in the blackout, now not breathing well" },
  { minutes: 15, type: "power", description: "Whole estate without power since the lights went out, water pumps off" },
  { minutes: 25, type: "crime", description: "Break-in in progress at a shop, the street is dark since the outage" },
  { minutes: 40, type: "power", description: "Sparking cable at the substation fence, children nearby" },
];

export const embakasiOutage: DrillDefinition = {
  name: "embakasi-outage",
  title: "Power outage in Embakasi",
  description: "Substations and street lights in the Embakasi wards lose power for 90 minutes; power calls from residents.",
  durationMin: 90,
  start({ city, world, calls, at, random }) {
    const wards = city.wards.inConstituencies("EMBAKASI");
    if (wards.length === 0) throw new Error("this city has no Embakasi wards");
    const start = at.getTime();
    world.effects.powerCuts.push({ wardCodes: new Set(wards.map((ward) => ward.code)), startMs: start, rampInMs: 0, endMs: start + 90 * MINUTE_MS, rampOutMs: 0 });
    calls.plan(
      CALLS.map(({ minutes, type, description }) => ({
        at: minutesAfter(at, minutes),
        type,
        position: city.wards.randomPointIn(random, pick(random, wards).code),
        description,
      })),
    );
  },
};
