import { describe, expect, it } from "vitest";
import { parseAlerts } from "./parse-alerts";
import { bindingsFeed, HEADER_SECONDS, HEADER_TIME, NOW } from "./test-feeds";
import type { Rt } from "./bindings";

const closure: Rt.IAlert = {
  activePeriod: [{ start: HEADER_SECONDS - 3600, end: HEADER_SECONDS + 6 * 3600 }, { start: HEADER_SECONDS + 86_400 }],
  informedEntity: [{ routeId: "80000002311" }, { stopId: "0811WST", agencyId: "UON" }, { trip: { tripId: "CITY_KNGM" } }],
  cause: 10,
  effect: 4,
  severityLevel: 3,
  headerText: { translation: [{ text: "Route 23 diverted at Westlands", language: "en" }, { text: "Njia 23 imegeuzwa Westlands", language: "sw" }] },
  descriptionText: { translation: [{ text: "Waiyaki Way roadworks: matatus use Ring Road Westlands until 18:00." }] },
  url: { translation: [{ text: "https://www.kenha.co.ke/" }] },
};

describe("parseAlerts", () => {
  it("reads a service alert produced by the official bindings", () => {
    const result = parseAlerts(bindingsFeed([{ id: "alert-1", alert: closure }]), { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual([
      {
        entityId: "alert-1",
        cause: "CONSTRUCTION",
        effect: "DETOUR",
        severityLevel: "WARNING",
        headerText: [
          { text: "Route 23 diverted at Westlands", language: "en" },
          { text: "Njia 23 imegeuzwa Westlands", language: "sw" },
        ],
        descriptionText: [{ text: "Waiyaki Way roadworks: matatus use Ring Road Westlands until 18:00.", language: null }],
        url: [{ text: "https://www.kenha.co.ke/", language: null }],
        informedEntities: [
          { agencyId: null, routeId: "80000002311", routeType: null, tripId: null, stopId: null, directionId: null },
          { agencyId: "UON", routeId: null, routeType: null, tripId: null, stopId: "0811WST", directionId: null },
          { agencyId: null, routeId: null, routeType: null, tripId: "CITY_KNGM", stopId: null, directionId: null },
        ],
        activePeriods: [
          { start: new Date((HEADER_SECONDS - 3600) * 1000), end: new Date((HEADER_SECONDS + 6 * 3600) * 1000) },
          { start: new Date((HEADER_SECONDS + 86_400) * 1000), end: null },
        ],
        timestamp: HEADER_TIME,
        stale: false,
      },
    ]);
  });

  it("flags alerts stale only after ten minutes", () => {
    const bytes = bindingsFeed([{ id: "a", alert: closure }]);
    const at = (secondsAfterHeader: number) => new Date((HEADER_SECONDS + secondsAfterHeader) * 1000);
    expect(parseAlerts(bytes, { now: at(600) }).records[0]?.stale).toBe(false);
    expect(parseAlerts(bytes, { now: at(601) }).records[0]?.stale).toBe(true);
  });

  it("reads causes and effects newer than the binding as unknown instead of dropping the alert", () => {
    const unknown = { cause: 99 as Rt.Alert.Cause, effect: 42 as Rt.Alert.Effect, severityLevel: 7 as Rt.Alert.SeverityLevel };
    const bytes = bindingsFeed([{ id: "a", alert: { ...closure, ...unknown } }]);
    expect(parseAlerts(bytes, { now: NOW }).records[0]).toMatchObject({
      cause: "UNKNOWN_CAUSE",
      effect: "UNKNOWN_EFFECT",
      severityLevel: "UNKNOWN_SEVERITY",
    });
  });

  it.each([
    ["no header text", { headerText: null }, /no header_text/],
    ["a blank header text", { headerText: { translation: [{ text: "  " }] } }, /no header_text/],
    ["no informed entity", { informedEntity: [] }, /no informed_entity/],
    ["an informed entity naming nothing", { informedEntity: [{ directionId: 1 }] }, /informed_entity\[0\] names no agency/],
    ["a period ending before it starts", { activePeriod: [{ start: HEADER_SECONDS, end: HEADER_SECONDS - 1 }] }, /active_period\[0\] ends before it starts/],
    ["a period ending in 2999", { activePeriod: [{ end: 32_503_680_000 }] }, /active_period\[0\] end .* too far in the future/],
  ])("rejects an alert with %s", (_label, fields, reason) => {
    const result = parseAlerts(bindingsFeed([{ id: "bad", alert: { ...closure, ...fields } }]), { now: NOW });
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(reason) })]);
  });
});
