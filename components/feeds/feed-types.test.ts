import { describe, expect, it } from "vitest";
import { FEED_TYPES } from "@/lib/domain/feeds";
import { checkFeedEndpoint } from "@/server/services/feeds/feed-endpoint";
import { agenciesToOwn, FEED_TYPE_LABELS, feedEndpointHint } from "./feed-types";

/** The example each hint gives, as the user would copy it. */
const exampleOf = (hint: string) => hint.match(/e\.g\. (\S+?),?(?:\s|$)/)?.[1] ?? hint.match(/such as (\S+)/)?.[1];

describe("feed types on the feeds page", () => {
  it("names every type in words", () => {
    for (const type of FEED_TYPES) expect(FEED_TYPE_LABELS[type]).toMatch(/\w{3}/);
  });

  it("hints at the endpoint each type takes", () => {
    expect(feedEndpointHint("mqtt_senml")).toMatch(/^MQTT topic filter/);
    expect(feedEndpointHint("gtfs_static")).toMatch(/^file:.*http\(s\) URL/);
    for (const type of ["gtfs_rt", "cap", "open311", "http_senml"] as const) expect(feedEndpointHint(type)).toMatch(/^http\(s\) URL, or a path of this app/);
  });

  it("gives examples the server accepts for their type", () => {
    for (const type of FEED_TYPES) {
      const example = exampleOf(feedEndpointHint(type));
      expect(example, type).toBeDefined();
      expect(() => checkFeedEndpoint(type, example!), `${type}: ${example}`).not.toThrow();
    }
  });
});

describe("agencies a new feed may belong to", () => {
  const agencies = [{ id: "command" }, { id: "city" }, { id: "transit" }];

  it("are all of them for the command center", () => {
    expect(agenciesToOwn({ agencyId: "command", agencyKind: "command" }, agencies)).toEqual(agencies);
  });

  it("are only its own for any other agency", () => {
    expect(agenciesToOwn({ agencyId: "transit", agencyKind: "transit" }, agencies)).toEqual([{ id: "transit" }]);
  });
});
