/**
 * Average speeds of an emergency vehicle in Nairobi traffic by OSM road class, in km/h: what
 * a response actually makes (lights and sirens through congestion), not the legal limits. A
 * lower posted maxspeed caps them. Classes a vehicle cannot use are left out of the graph.
 */
const CLASS_SPEED_KPH: Record<string, number> = {
  motorway: 70,
  motorway_link: 40,
  trunk: 55,
  trunk_link: 35,
  primary: 45,
  primary_link: 30,
  secondary: 35,
  secondary_link: 25,
  tertiary: 30,
  tertiary_link: 25,
  unclassified: 25,
  residential: 20,
  road: 20,
  living_street: 10,
  service: 12,
};

/** Matatu shapes follow streets the road data may lack; they carry no class, so a minor-road speed. */
export const MATATU_SHAPE_SPEED_KPH = 25;

/** From a point to the graph: straight line at this speed, a little slower than a minor road. */
export const ACCESS_SPEED_KPH = 15;

/** km/h for a road of this class and posted limit, or null when vehicles do not use it (footways, paths). */
export function roadSpeedKph(highway: string, maxspeedKph: number | null): number | null {
  const speed = CLASS_SPEED_KPH[highway];
  if (speed === undefined) return null;
  return maxspeedKph ? Math.min(speed, maxspeedKph) : speed;
}
