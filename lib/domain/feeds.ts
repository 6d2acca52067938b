export const FEED_TYPES = ["gtfs_static", "gtfs_rt", "cap", "open311", "mqtt_senml", "http_senml"] as const;
export type FeedType = (typeof FEED_TYPES)[number];
