/** Agencies are the tenants of CityDeck: each owns its incidents, units, sensors, feeds and alerts. */
export const AGENCY_KINDS = [
  "command",
  "police",
  "fire",
  "ambulance",
  "transit",
  "environment",
  "power",
  "water",
  "waste",
  "lighting",
  "roads",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
