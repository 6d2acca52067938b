import { describe, expect, it } from "vitest";
import { floodStage } from "./flood-stages";

describe("floodStage", () => {
  const stages = { action: 1.5, minor: 2.0, moderate: 2.5, major: 3.1 };

  it("names the highest stage reached, a stage's own level included", () => {
    expect([1.49, 1.5, 1.99, 2.0, 2.5, 3.09, 3.1, 9].map((level) => floodStage(level, stages))).toEqual([
      "normal",
      "action",
      "action",
      "minor",
      "moderate",
      "moderate",
      "major",
      "major",
    ]);
  });
});
