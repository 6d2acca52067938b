import { describe, expect, it } from "vitest";
import type { AlertSeverity } from "@/lib/domain/alerts";
import { alertsToAnnounce } from "./alert-toasts";
import type { AlertRow } from "./alert-types";

const row = (id: string, severity: AlertSeverity, fields: Partial<AlertRow> = {}) =>
  ({ id, severity, status: "open", source: "threshold", sensorKind: "water_level", ...fields }) as AlertRow;
const ids = (rows: AlertRow[]) => rows.map((r) => r.id);

describe("which alerts interrupt the operator", () => {
  it("announces a new severe or extreme alert once, not a moderate one, nor its updates", () => {
    const known = new Map<string, AlertSeverity>();
    expect(ids(alertsToAnnounce([row("a", "severe"), row("b", "moderate"), row("c", "extreme")], known, []))).toEqual(["a", "c"]);
    expect(ids(alertsToAnnounce([row("a", "severe", { retriggerCount: 1 })], known, []))).toEqual([]);
  });

  it("announces an alert that became worse, and none that someone already has", () => {
    const known = new Map<string, AlertSeverity>([["a", "moderate"], ["b", "severe"]]);
    expect(ids(alertsToAnnounce([row("a", "severe"), row("b", "extreme", { status: "acknowledged" })], known, []))).toEqual(["a"]);
  });

  it("respects the person's own mutes, by alert kind or sensor kind", () => {
    const mutes = [{ categoryKind: "sensor_kind", category: "water_level" }] as const;
    expect(ids(alertsToAnnounce([row("a", "extreme"), row("b", "extreme", { sensorKind: null, source: "cap" })], new Map(), mutes))).toEqual(["b"]);
    expect(ids(alertsToAnnounce([row("c", "extreme", { source: "cap", sensorKind: null })], new Map(), [{ categoryKind: "alert_kind", category: "cap" }]))).toEqual([]);
  });
});
