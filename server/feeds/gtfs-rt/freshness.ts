/** GTFS-Realtime best practice: how old each kind of data may be before it is stale. */
export const VEHICLE_POSITION_MAX_AGE_S = 90;
export const TRIP_UPDATE_MAX_AGE_S = 90;
export const ALERT_MAX_AGE_S = 10 * 60;

export function isStale(timestamp: Date, now: Date, maxAgeS: number): boolean {
  return now.getTime() - timestamp.getTime() > maxAgeS * 1000;
}
