/**
 * Coordinates typed into the location box: "-1.2921, 36.8219" as phones and web maps give them
 * (latitude first), or longitude first when the first number cannot be a latitude.
 */
export function parseCoordinates(text: string): { lon: number; lat: number } | null {
  const match = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [lat, lon] = Math.abs(first) > 90 ? [second, first] : [first, second];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lon, lat };
}
