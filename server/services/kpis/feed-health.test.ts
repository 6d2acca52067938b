import { describe, expect, it } from "vitest";
import { feedHealth } from "./feed-health";

const now = new Date("2026-11-29T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("feedHealth", () => {
  it("is healthy while polls succeed within three intervals", () => {
    expect(feedHealth({ intervalS: 15, lastSuccessAt: ago(45), lastErrorAt: ago(600) }, now)).toBe("healthy");
  });

  it("is stale after three missed polls, or before any success", () => {
    expect(feedHealth({ intervalS: 15, lastSuccessAt: ago(46), lastErrorAt: null }, now)).toBe("stale");
    expect(feedHealth({ intervalS: 60, lastSuccessAt: null, lastErrorAt: null }, now)).toBe("stale");
  });

  it("is failing when the latest attempt failed", () => {
    expect(feedHealth({ intervalS: 15, lastSuccessAt: ago(30), lastErrorAt: ago(10) }, now)).toBe("failing");
    expect(feedHealth({ intervalS: 15, lastSuccessAt: null, lastErrorAt: ago(10) }, now)).toBe("failing");
  });
});
