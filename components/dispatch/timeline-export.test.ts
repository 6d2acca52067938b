import { describe, expect, it } from "vitest";
import { formatDuration, formatEta } from "./format-duration";
import { timelineCsv } from "./timeline-export";

describe("timeline CSV", () => {
  it("writes one row per entry, quoting what a spreadsheet would split", () => {
    const csv = timelineCsv({
      incident: { id: "i", title: "Fire at Moi Avenue" },
      events: [
        { id: 1, at: new Date("2026-03-01T08:00:00Z"), kind: "note", actor: "jane@city.demo (dispatcher)", data: { text: 'Caller says "two cars", one on fire' } },
        { id: 2, at: new Date("2026-03-01T08:00:40Z"), kind: "unit_assigned", actor: "jane@city.demo (dispatcher)", data: { unitId: "FIRE-01", recommended: true } },
      ],
    });
    expect(csv.split("\r\n")).toEqual([
      "at,kind,actor,entry,data",
      `2026-03-01T08:00:00.000Z,note,jane@city.demo (dispatcher),"Note: Caller says ""two cars"", one on fire","{""text"":""Caller says \\""two cars\\"", one on fire""}"`,
      `2026-03-01T08:00:40.000Z,unit_assigned,jane@city.demo (dispatcher),FIRE-01 assigned (recommended),"{""unitId"":""FIRE-01"",""recommended"":true}"`,
      "",
    ]);
  });
});

describe("durations", () => {
  it.each([
    [45, "0:45"],
    [723, "12:03"],
    [3729, "1:02:09"],
  ])("timer %i s reads %s", (seconds, text) => expect(formatDuration(seconds)).toBe(text));
  it.each([
    [20, "under 1 min"],
    [540, "9 min"],
    [3900, "1 h 05 min"],
  ])("ETA %i s reads %s", (seconds, text) => expect(formatEta(seconds)).toBe(text));
});
