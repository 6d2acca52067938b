import { describe, expect, it } from "vitest";
import type { IncidentStatus } from "@/lib/domain/incidents";
import { mergeActiveIncidents, mergeAlertAreas, mergeRows } from "./live-cache-patches";

const unit = (id: string, seq: number, status = "available") => ({ id, seq, status });
const incident = (id: string, seq: number, status: IncidentStatus, minutesAgo: number) => ({
  id,
  seq,
  status,
  reportedAt: new Date(Date.UTC(2026, 0, 1, 12, 0) - minutesAgo * 60_000),
});

describe("mergeRows", () => {
  it("replaces rows by id and appends new ones", () => {
    const merged = mergeRows([unit("a", 1), unit("b", 2)], [unit("b", 5, "en_route"), unit("c", 6)]);
    expect(merged).toEqual([unit("a", 1), unit("b", 5, "en_route"), unit("c", 6)]);
  });

  it("ignores a version older than the one it holds", () => {
    expect(mergeRows([unit("a", 9, "on_scene")], [unit("a", 4, "available")])).toEqual([unit("a", 9, "on_scene")]);
  });

  it("keeps the newest of several versions in one frame", () => {
    expect(mergeRows([], [unit("a", 3, "dispatched"), unit("a", 7, "on_scene")])).toEqual([unit("a", 7, "on_scene")]);
  });
});

describe("mergeActiveIncidents", () => {
  it("adds new calls newest first and drops closed ones", () => {
    const page = { items: [incident("old", 1, "new", 30), incident("done", 2, "on_scene", 20)], nextCursor: null };
    const next = mergeActiveIncidents(page, [incident("fresh", 3, "new", 1), incident("done", 4, "closed", 20)]);
    expect(next.items.map((i) => i.id)).toEqual(["fresh", "old"]);
    expect(next.nextCursor).toBeNull();
  });
});

describe("mergeAlertAreas", () => {
  const alert = (id: string, seq: number, status: string, area: unknown = { type: "Point", coordinates: [36.8, -1.3] }) => ({ id, seq, status, area });

  it("keeps open and acknowledged areas, drops resolved ones and alerts without an area", () => {
    const next = mergeAlertAreas([alert("flood", 1, "open")], [alert("flood", 2, "resolved"), alert("rain", 3, "acknowledged"), alert("silent", 4, "open", null)]);
    expect(next.map((a) => a.id)).toEqual(["rain"]);
  });
});
