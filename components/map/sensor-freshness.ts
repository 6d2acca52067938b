/** A sensor whose latest reading is older than this many of its reporting intervals has gone quiet. */
export const QUIET_AFTER_INTERVALS = 3;

export function isQuietSensor(sensor: { latestAt: Date | null; cadenceS: number }, nowMs: number): boolean {
  return sensor.latestAt !== null && nowMs - sensor.latestAt.getTime() > QUIET_AFTER_INTERVALS * sensor.cadenceS * 1000;
}
