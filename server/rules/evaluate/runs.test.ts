import { describe, expect, it } from "vitest";
import { BUCKET_MS, judgeRuns, runsOf, type Point } from "./runs";

const at = (minute: number) => minute * BUCKET_MS;
const breach = (minute: number): Point => ({ at: at(minute), breach: true, clear: false });
const clear = (minute: number): Point => ({ at: at(minute), breach: false, clear: true });
const between = (minute: number): Point => ({ at: at(minute), breach: false, clear: false });
const options = { forMs: 10 * BUCKET_MS, clearForMs: 3 * BUCKET_MS, maxAgeMs: 3 * BUCKET_MS };
const judge = (points: Point[], now = points.at(-1)!.at + 1000) => judgeRuns(runsOf(points, 3 * BUCKET_MS), { ...options, now });
const minutes = (from: number, to: number, point: (m: number) => Point) => Array.from({ length: to - from }, (_, i) => point(from + i));

describe("runs and judgements", () => {
  it("fires once the breach has lasted exactly the duration, not a minute before", () => {
    expect(judge(minutes(0, 9, breach)).verdict).toBe("hold");
    expect(judge(minutes(0, 10, breach))).toEqual({ verdict: "fire", since: at(0), continuing: true });
  });

  it("restarts the run after a minute in the hysteresis band", () => {
    const points = [...minutes(0, 8, breach), between(8), ...minutes(9, 18, breach)];
    expect(judge(points).verdict).toBe("hold");
    expect(judge([...points, breach(18)])).toEqual({ verdict: "fire", since: at(9), continuing: false });
  });

  it("does not join points across a data gap", () => {
    const points = [...minutes(0, 5, breach), ...minutes(9, 14, breach)];
    expect(judge(points).verdict).toBe("hold");
  });

  it("tolerates one missed report", () => {
    const points = [...minutes(0, 5, breach), ...minutes(7, 12, breach)];
    expect(judge(points).verdict).toBe("fire");
  });

  it("clears only after the clearing duration", () => {
    const points = [...minutes(0, 10, breach), clear(10), clear(11)];
    expect(judge(points).verdict).toBe("hold");
    expect(judge([...points, clear(12)]).verdict).toBe("clear");
  });

  it("decides nothing from stale data", () => {
    const points = minutes(0, 10, breach);
    expect(judge(points, at(9) + options.maxAgeMs).verdict).toBe("fire");
    expect(judge(points, at(9) + options.maxAgeMs + 1).verdict).toBe("hold");
    expect(judge([], 0).verdict).toBe("hold");
  });
});
