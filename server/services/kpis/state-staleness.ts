/**
 * KPIs read from state tables (incidents, units, feeds) are as fresh as the query that computed
 * them: they go stale only when the wall stops getting answers. The wall asks every 30 s, so two
 * missed answers grey them out.
 */
export const STATE_STALE_AFTER_S = 60;

/** Sensor KPIs go stale when no reading has arrived for two reporting intervals: one late report is jitter. */
export const sensorStaleAfterS = (cadenceS: number) => 2 * cadenceS;
