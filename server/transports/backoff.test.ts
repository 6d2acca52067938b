import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff";

const policy = { baseMs: 100, maxMs: 5_000 };

describe("backoffDelay", () => {
  it("doubles its ceiling per attempt up to the maximum", () => {
    expect([0, 1, 2, 3, 10, 1_000].map((attempt) => backoffDelay(attempt, policy, () => 1))).toEqual([100, 200, 400, 800, 5_000, 5_000]);
  });

  it("draws anywhere from zero to the ceiling (full jitter)", () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(400);
  });
});
