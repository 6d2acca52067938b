import { describe, expect, it } from "vitest";
import { DEFAULT_RESPONSE_TARGETS, incidentTimers } from "./dispatch";
import { transitionRefusal } from "./incident-lifecycle";

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 8, 0, seconds));

describe("incident timers against the response targets", () => {
  it("shows a P1 not dispatched after 75 s as 15 s over the 60 s NFPA 1225 target", () => {
    const timers = incidentTimers({ priority: 1, reportedAt: at(0), dispatchedAt: null, onSceneAt: null }, DEFAULT_RESPONSE_TARGETS, at(75));
    expect(timers).toEqual({ sinceCallS: 75, sinceDispatchS: null, dispatchOverS: 15, arrivalOverS: 75 - 480 });
  });

  it("freezes the dispatch timer at the dispatch and the arrival timer at the arrival", () => {
    const timers = incidentTimers({ priority: 2, reportedAt: at(0), dispatchedAt: at(40), onSceneAt: at(300) }, DEFAULT_RESPONSE_TARGETS, at(2000));
    expect(timers).toEqual({ sinceCallS: 2000, sinceDispatchS: 1960, dispatchOverS: 40 - 90, arrivalOverS: 300 - 900 });
  });
});

describe("incident lifecycle", () => {
  it("explains a refused step by the steps that are possible", () => {
    expect(transitionRefusal("on_scene", "new")).toBe("An incident that is on scene cannot become new; it can go to transporting, cleared.");
    expect(transitionRefusal("closed", "cleared")).toBe("An incident that is closed cannot become cleared; it cannot change any more.");
    expect(transitionRefusal("cleared", "cleared")).toBe("The incident is already cleared.");
    expect(transitionRefusal("cleared", "closed")).toBeNull();
  });
});
