import { describe, expect, it } from "vitest";
import { matchesFilters, mergeAlertPage } from "./alert-list-patches";
import type { AlertRow } from "./alert-types";

const row = (id: string, seq: number, fields: Partial<AlertRow> = {}): AlertRow =>
  ({ id, seq, severity: "severe", status: "open", agencyId: "water", source: "threshold", subjectKind: "sensor", subjectId: "gauge-03", openedAt: new Date(Date.UTC(2026, 2, 10, 9, seq)), ...fields }) as AlertRow;

describe("merging live alerts into the inbox", () => {
  it("adds new alerts on top, updates known ones, and drops the ones that stop matching", () => {
    const page = { items: [row("b", 2), row("a", 1)], nextCursor: null };
    const merged = mergeAlertPage(page, [row("c", 3), row("a", 4, { status: "resolved", openedAt: row("a", 1).openedAt })], { status: ["open", "acknowledged"] });
    expect(merged.items.map((a) => a.id)).toEqual(["c", "b"]);
  });

  it("never lets an older version overwrite a newer one", () => {
    const page = { items: [row("a", 5, { status: "acknowledged" })], nextCursor: null };
    expect(mergeAlertPage(page, [row("a", 3)], {}).items[0]!.status).toBe("acknowledged");
  });

  it("keeps to the severity, agency and kind filters", () => {
    const page = { items: [], nextCursor: null };
    const incoming = [row("a", 1, { severity: "minor" }), row("b", 2, { agencyId: "power" }), row("c", 3, { source: "cap" }), row("d", 4)];
    expect(mergeAlertPage(page, incoming, { severity: ["severe"], agencyId: ["water"], kind: ["threshold"] }).items.map((a) => a.id)).toEqual(["d"]);
  });

  it("keeps a subject's view to that subject's alerts, in every status", () => {
    const gauge = { subject: { kind: "sensor", id: "gauge-03" } } as const;
    expect(matchesFilters(row("a", 1, { status: "resolved" }), gauge)).toBe(true);
    expect(matchesFilters(row("b", 2, { subjectId: "gauge-04" }), gauge)).toBe(false);
    // Same id, another kind of subject: a feed called like the gauge is not the gauge.
    expect(matchesFilters(row("c", 3, { subjectKind: "feed" }), gauge)).toBe(false);
    const page = { items: [row("a", 1)], nextCursor: null };
    const merged = mergeAlertPage(page, [row("b", 2, { subjectId: "gauge-04" }), row("n", 3), row("a", 4, { status: "resolved", openedAt: row("a", 1).openedAt })], gauge);
    expect(merged.items.map((a) => [a.id, a.status])).toEqual([["n", "open"], ["a", "resolved"]]);
  });

  it("keeps one alert's view to that alert, whatever happens to the others", () => {
    const one = { id: "a" };
    const page = { items: [row("a", 1)], nextCursor: null };
    const merged = mergeAlertPage(page, [row("b", 2), row("a", 3, { status: "acknowledged", openedAt: row("a", 1).openedAt })], one);
    expect(merged.items.map((a) => [a.id, a.status])).toEqual([["a", "acknowledged"]]);
    expect(matchesFilters(row("b", 2), one)).toBe(false);
  });
});
