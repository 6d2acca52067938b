/**
 * A vehicle that has not reported for an hour has gone home, or its feed was switched off: the
 * server deletes it then (ingest housekeeping) and an open map drops it at the same age. The map
 * fades it long before, after GTFS-RT's 90 s; keeping it far longer than that rides out a feed's
 * outage without the fleet vanishing from the map meanwhile.
 */
export const VEHICLES_KEPT_S = 3600;
