import { describe, expect, it } from "vitest";
import { checkFeedEndpoint } from "./feed-endpoint";

describe("checkFeedEndpoint", () => {
  it.each([
    ["mqtt_senml", "citydeck/+/+"],
    ["mqtt_senml", "citydeck/#"],
    ["gtfs_rt", "http://127.0.0.1:3000/api/sim/gtfs-rt/vehicle-positions"],
    ["cap", "/api/sim/cap.atom"],
    ["gtfs_static", "file:db/seed/nairobi/gtfs"],
  ] as const)("accepts a %s endpoint %s", (type, endpoint) => {
    expect(() => checkFeedEndpoint(type, endpoint)).not.toThrow();
  });

  it.each([
    ["mqtt_senml", "citydeck/#/more"],
    ["mqtt_senml", "citydeck/a+/b"],
    ["cap", "ftp://example.org/cap.xml"],
    ["open311", "api/sim/open311"],
    ["gtfs_static", "/tmp/gtfs.zip"],
    ["gtfs_static", "file:/etc"],
    ["gtfs_static", "file:db/seed/../../../etc/passwd"],
    ["gtfs_static", "file:db/seed"],
  ] as const)("refuses a %s endpoint %s", (type, endpoint) => {
    expect(() => checkFeedEndpoint(type, endpoint)).toThrow();
  });
});
