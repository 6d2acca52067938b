import { describe, expect, it } from "vitest";
import { dispatchShare, type CallTimes } from "./dispatch-share";

const now = new Date("2026-11-29T12:00:00Z");
const at = (secondsBeforeNow: number) => new Date(now.getTime() - secondsBeforeNow * 1000);
const call = (reportedS: number, dispatchedAfterS: number | null, ended = false): CallTimes => ({
  reportedAt: at(reportedS),
  dispatchedAt: dispatchedAfterS === null ? null : at(reportedS - dispatchedAfterS),
  endedAt: ended ? at(0) : null,
});

describe("dispatchShare (NFPA 1225: answer to dispatch within 60 s)", () => {
  it("counts a dispatch at exactly 60 s as in time and at 61 s as late", () => {
    expect(dispatchShare([call(600, 60), call(600, 61)], now)).toEqual({ percent: 50, inTime: 1, counted: 2 });
  });

  it("counts a call still waiting past 60 s as late, and leaves out one still inside the limit", () => {
    // In time: 30 s and 45 s. Late: 90 s, and the call waiting 120 s with no dispatch. Undecided: waiting 20 s.
    const calls = [call(900, 30), call(800, 45), call(700, 90), call(120, null), call(20, null)];
    expect(dispatchShare(calls, now)).toEqual({ percent: 50, inTime: 2, counted: 4 });
  });

  it("leaves out a call that ended without a dispatch (advice only, hoax)", () => {
    expect(dispatchShare([call(900, 20), call(900, null, true)], now)).toEqual({ percent: 100, inTime: 1, counted: 1 });
  });

  it("has no share without counted calls", () => {
    expect(dispatchShare([], now)).toEqual({ percent: null, inTime: 0, counted: 0 });
    expect(dispatchShare([call(10, null)], now).percent).toBeNull();
  });

  it("matches a hand-checked shift: 9 of 10 in time is the NFPA target of 90 %", () => {
    const shift = [15, 22, 30, 38, 41, 47, 52, 55, 59, 75].map((delay, i) => call(3600 - i * 300, delay));
    expect(dispatchShare(shift, now).percent).toBe(90);
  });
});
