import { describe, expect, it } from "vitest";
import { mayAct } from "./alert-permissions";

const alert = { agencyId: "water", status: "open" as const, incidentId: null as string | null, area: { type: "Point", coordinates: [36.8, -1.3] } };
const viewer = (role: "viewer" | "operator" | "dispatcher", agencyId = "water", agencyKind = "water") => ({ kind: "user" as const, role, agencyId, agencyKind });

describe("which alert actions the inbox offers", () => {
  it("follows the roles: operators acknowledge and resolve, dispatchers also escalate, viewers only read", () => {
    expect(mayAct(viewer("viewer"), alert)).toEqual({ acknowledge: false, resolve: false, escalate: false });
    expect(mayAct(viewer("operator"), alert)).toEqual({ acknowledge: true, resolve: true, escalate: false });
    expect(mayAct(viewer("dispatcher"), alert)).toEqual({ acknowledge: true, resolve: true, escalate: true });
  });

  it("offers nothing on another agency's alert, except to the command center", () => {
    expect(mayAct(viewer("dispatcher", "police", "police"), alert).resolve).toBe(false);
    expect(mayAct(viewer("dispatcher", "city", "command"), alert).escalate).toBe(true);
  });

  it("offers no escalation twice, none without a place, and nothing once resolved", () => {
    expect(mayAct(viewer("dispatcher"), { ...alert, incidentId: "i-1" }).escalate).toBe(false);
    expect(mayAct(viewer("dispatcher"), { ...alert, area: null }).escalate).toBe(false);
    expect(mayAct(viewer("dispatcher"), { ...alert, status: "acknowledged" })).toEqual({ acknowledge: false, resolve: true, escalate: true });
    expect(mayAct(viewer("dispatcher"), { ...alert, status: "resolved" })).toEqual({ acknowledge: false, resolve: false, escalate: false });
  });
});
