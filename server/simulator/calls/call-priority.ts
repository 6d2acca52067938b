/**
 * The priority a call-taker would give from the caller's words (P1 life threat ... P4
 * non-urgent, STANDARDS.md): a life threat makes it P1 whatever else is said; words that say it
 * is minor make it P4 or P3; words of injury or damage make it P2; otherwise the type decides.
 */
import type { IncidentType, Priority } from "@/lib/domain/incidents";

const LIFE_THREAT = ["not breathing", "unconscious", "trapped", "fatal", "cardiac", "chest pain", "severe bleeding", "bleeding heavily", "armed", "gunshot", "stabbed", "swept away", "stranded"];
const NON_URGENT = ["no injuries", "no one hurt", "flickering", "no water", "suspicious", "noise"];
const MINOR = ["minor", "rubbish", "grass", "stolen", "drain blocked", "standing water", "without power", "burst pipe", "vomiting", "dizzy"];
const SERIOUS = ["injured", "bleeding", "smoke", "flames", "on fire", "in progress", "assault", "fracture", "labour", "water entering", "live wire", "sparking", "rising"];

export const TYPE_PRIORITY: Record<IncidentType, Priority> = {
  road_collision: 3,
  fire: 2,
  medical: 2,
  crime: 3,
  flooding: 2,
  hazmat: 1,
  power: 3,
  water: 4,
  other: 4,
};

export function priorityFor(type: IncidentType, description: string): Priority {
  const text = description.toLowerCase();
  const says = (phrases: readonly string[]) => phrases.some((phrase) => text.includes(phrase));
  if (says(LIFE_THREAT)) return 1;
  if (says(NON_URGENT)) return 4;
  if (says(MINOR)) return 3;
  if (says(SERIOUS)) return 2;
  return TYPE_PRIORITY[type];
}
