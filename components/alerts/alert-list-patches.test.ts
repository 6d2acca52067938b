import { describe, expect, it } from "vitest";
import { mergeAlertPage } from "./alert-list-patches";
import type { AlertRow } from "./alert-types";

const row = (id: string, seq: number, fields: Partial<AlertRow> = {}): AlertRow =>
  ({ id, seq, severity: "severe", status: "open", agencyId: "water", source: "threshold", openedAt: new Date(Date.UTC(2026, 2, 10, 9, seq)), ...fields }) as AlertRow;

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
});
