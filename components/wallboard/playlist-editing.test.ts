import { describe, expect, it } from "vitest";
import { editorRows, moveRow, playlistOf } from "./playlist-editing";

describe("playlist editing", () => {
  const rows = editorRows([{ panel: "emergency", dwellS: 40 }, { panel: "overview", dwellS: 15 }]);

  it("lists the playlist first, in order, then the panels it leaves out, switched off", () => {
    expect(rows.map((r) => [r.panel, r.shown])).toEqual([["emergency", true], ["overview", true], ["transport", false], ["environment", false], ["utilities", false]]);
  });

  it("moves a row one place, and not past either end", () => {
    expect(moveRow(rows, 1, -1).map((r) => r.panel).slice(0, 2)).toEqual(["overview", "emergency"]);
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 4, 1)).toEqual(rows);
  });

  it("saves the switched-on rows in their order", () => {
    const edited = moveRow(rows.map((r) => (r.panel === "utilities" ? { ...r, shown: true } : r)), 4, -1);
    expect(playlistOf(edited)).toEqual([{ panel: "emergency", dwellS: 40 }, { panel: "overview", dwellS: 15 }, { panel: "utilities", dwellS: 20 }]);
  });
});
