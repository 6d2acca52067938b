import { describe, expect, it } from "vitest";
import { thresholdStatus, worstStatus } from "./threshold-status";

describe("thresholdStatus", () => {
  it("turns amber and red on reaching the limits where higher is worse", () => {
    const load = { warn: 80, bad: 95 };
    expect([79.9, 80, 94.9, 95].map((v) => thresholdStatus(v, load))).toEqual(["good", "warn", "warn", "bad"]);
  });

  it("turns amber and red on falling below the limits where lower is worse", () => {
    const share = { warn: 90, bad: 80 };
    expect([90, 89.9, 80, 79.9].map((v) => thresholdStatus(v, share))).toEqual(["good", "warn", "warn", "bad"]);
  });

  it("has no colour without a value", () => {
    expect(thresholdStatus(null, { warn: 1, bad: 2 })).toBe("none");
  });
});

describe("worstStatus", () => {
  it("takes the worst row, and none for no rows", () => {
    expect(worstStatus(["good", "bad", "warn"])).toBe("bad");
    expect(worstStatus(["none", "good"])).toBe("good");
    expect(worstStatus([])).toBe("none");
  });
});
