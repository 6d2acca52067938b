/** A drawn zone typed as text: one "lon, lat" corner per line; the ring is closed for you (pure). */
/** GeoJSON Polygon with [lon, lat] pairs, as the rule schema takes it. */
export type ZonePolygon = { type: "Polygon"; coordinates: [number, number][][] };

export function polygonFromText(text: string): ZonePolygon | null {
  const corners = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.split(/[\s,;]+/).map(Number) as [number, number]);
  if (corners.length < 3 || corners.some((c) => c.length !== 2 || c.some((n) => !Number.isFinite(n)))) return null;
  const [first, last] = [corners[0]!, corners.at(-1)!];
  const ring = first[0] === last[0] && first[1] === last[1] ? corners : [...corners, first];
  return ring.length >= 4 ? { type: "Polygon", coordinates: [ring] } : null;
}

export const textFromPolygon = (polygon: ZonePolygon | undefined) => (polygon?.coordinates[0] ?? []).slice(0, -1).map(([lon, lat]) => `${lon}, ${lat}`).join("\n");
