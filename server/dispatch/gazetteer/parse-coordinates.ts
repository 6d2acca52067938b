/**
 * Coordinates typed into the location box. Phones and web maps give latitude first
 * ("-1.2921, 36.8219"), GeoJSON-minded people longitude first; both readings that are valid
 * come back, latitude-first first, and the caller keeps the one that lies in the city.
 */
export function parseCoordinates(text: string): { lon: number; lat: number }[] {
  const match = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return [];
  const [first, second] = [Number(match[1]), Number(match[2])];
  const readings = [
    { lat: first, lon: second },
    { lat: second, lon: first },
  ];
  return readings.filter(({ lat, lon }) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180);
}
