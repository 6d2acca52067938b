/**
 * The kinds of emergency call the simulated city makes: each type's share of all calls, how
 * its rate moves over the day, and what callers say (the words set the priority, see
 * call-priority.ts). Road collisions take their rhythm and places from the crash history
 * instead; flooding calls come with the rain.
 */
import type { IncidentType } from "@/lib/domain/incidents";

export interface CallTypeProfile {
  type: Exclude<IncidentType, "road_collision" | "flooding" | "hazmat" | "other">;
  /** Share of the base call rate. */
  share: number;
  /** Relative rate in each local hour 0-23; normalised to a mean of 1 where used. */
  hourly: number[];
  descriptions: string[];
}

/** Share of all calls that are road collisions, and flooding calls in dry weather. */
export const COLLISION_SHARE = 0.35;
export const DRY_WEATHER_FLOODING_SHARE = 0.01;
/** Each mm/h of rain adds this share of flooding calls (a 20 mm/h storm: +0.3). */
export const FLOODING_SHARE_PER_MM_H = 0.015;

export const CALL_TYPES: CallTypeProfile[] = [
  {
    type: "medical",
    share: 0.28,
    hourly: [0.5, 0.4, 0.4, 0.4, 0.5, 0.7, 0.9, 1.1, 1.3, 1.3, 1.3, 1.3, 1.3, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.7, 0.6],
    descriptions: [
      "Elderly man collapsed at the stage, unconscious",
      "Woman with severe chest pain, sweating",
      "Child not breathing properly after choking",
      "Man fell from a building site scaffold, suspected fracture",
      "Woman in labour, contractions two minutes apart",
      "Diabetic patient confused and shaking",
      "Student with high fever and vomiting, feeling dizzy",
      "Worker cut his hand badly at the market, bleeding",
      "Old woman fell at home, hip injured",
      "Patient needs transport to hospital, stable, no one hurt further",
    ],
  },
  {
    type: "crime",
    share: 0.18,
    hourly: [1.6, 1.6, 1.5, 1.3, 1, 0.7, 0.6, 0.6, 0.7, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6],
    descriptions: [
      "Armed men robbing a shop, customers inside",
      "Man stabbed in a fight outside a bar",
      "Robbery in progress at the M-Pesa shop",
      "Break-in in progress, neighbours hear glass breaking",
      "Assault on a woman at the footbridge",
      "Phone stolen by a man on a motorbike, he fled",
      "Car battery stolen overnight",
      "Suspicious group loitering near the school gate",
      "Loud noise and shouting from a club past midnight",
    ],
  },
  {
    type: "fire",
    share: 0.08,
    hourly: [0.6, 0.5, 0.5, 0.5, 0.5, 0.7, 1, 1.1, 0.9, 0.8, 0.8, 0.9, 1, 0.9, 0.9, 0.9, 1, 1.2, 1.5, 1.7, 1.6, 1.3, 1, 0.8],
    descriptions: [
      "Fire in a block of flats, people trapped on the third floor",
      "Shacks on fire, flames spreading to neighbouring houses",
      "Kiosk on fire at the market",
      "Thick smoke coming from a warehouse roof",
      "Car on fire by the roadside, driver out",
      "Gas cylinder fire in a kitchen, flames",
      "Rubbish heap burning next to houses",
      "Grass fire along the railway line",
    ],
  },
  {
    type: "power",
    share: 0.04,
    hourly: [0.6, 0.5, 0.5, 0.5, 0.6, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.4, 1.5, 1.4, 1.2, 0.9, 0.7],
    descriptions: [
      "Live wire hanging over the road after a pole fell",
      "Sparking cable at the transformer, children nearby",
      "Whole estate without power since evening",
      "Street lights flickering and buzzing",
    ],
  },
  {
    type: "water",
    share: 0.04,
    hourly: [0.3, 0.3, 0.3, 0.3, 0.5, 0.8, 1.2, 1.3, 1.3, 1.3, 1.3, 1.3, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.7, 0.5, 0.4],
    descriptions: [
      "Burst pipe flooding the road",
      "Burst pipe under the road, water gushing into the street",
      "No water in the estate since morning",
      "Sewer overflowing into houses, water entering homes",
    ],
  },
];

/** What collision callers say, by the severity of the past crash drawn. */
export const COLLISION_DESCRIPTIONS: Record<1 | 2 | 3 | 4, string[]> = {
  1: [
    "Matatu overturned, passengers trapped inside",
    "Pedestrian hit by a lorry, lying unconscious on the road",
    "Head-on collision, one driver not breathing",
    "Boda boda rider hit by a bus, bleeding heavily",
  ],
  2: [
    "Boda boda knocked down a pedestrian, leg injured",
    "Two matatus collided, several passengers injured",
    "Motorcycle skidded, rider injured",
    "Car hit a pedestrian at the zebra crossing, bleeding from the head",
  ],
  3: [
    "Minor collision between a matatu and a car, blocking a lane",
    "Car rear-ended a lorry, minor injuries",
    "Motorcycle and car collided, rider with minor cuts",
  ],
  4: ["Two cars bumped at the roundabout, no injuries", "Matatu scraped a parked car, no one hurt"],
};

export const FLOODING_DESCRIPTIONS = [
  "River burst its banks, people stranded on roofs",
  "Man swept away while crossing the flooded river",
  "Flood water entering houses, families moving out",
  "Water rising fast in the estate, road flooded",
  "Drain blocked, standing water across the road",
];

/** Names and numbers of callers (invented; Kenyan mobile numbers are +2547XXXXXXXX). */
export const CALLER_FIRST_NAMES = ["Wanjiku", "Otieno", "Achieng", "Kamau", "Njeri", "Mutua", "Akinyi", "Kiprono", "Wambui", "Odhiambo", "Chebet", "Mwangi", "Nafula", "Ouma", "Halima", "Abdi"];
export const CALLER_LAST_NAMES = ["Kariuki", "Ochieng", "Mwangi", "Njoroge", "Wafula", "Kiptoo", "Omondi", "Mutiso", "Maina", "Wekesa", "Hassan", "Nyambura"];
