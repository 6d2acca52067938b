import { describe, expect, it } from "vitest";
import { topicMatches } from "./topic-filter";

describe("topicMatches", () => {
  it.each([
    ["citydeck/+/+", "citydeck/environment/aq-1", true],
    ["citydeck/+/+", "citydeck/environment", false],
    ["citydeck/+/+", "citydeck/environment/aq-1/extra", false],
    ["citydeck/environment/+", "citydeck/water/wl-1", false],
    ["citydeck/#", "citydeck/water/wl-1", true],
    ["citydeck/#", "citydeck", true],
    ["#", "$SYS/broker/uptime", false],
    ["$SYS/#", "$SYS/broker/uptime", true],
    ["a/b", "a/b", true],
  ])("%s against %s is %s", (filter, topic, expected) => {
    expect(topicMatches(filter, topic)).toBe(expected);
  });
});
