import { describe, expect, it } from "vitest";
import { parseCap } from "@/server/feeds/cap/parse-cap";
import { writeCapAtomFeed } from "@/server/feeds/cap/write-cap-atom-feed";
import { CapAlertBook } from "./cap-alert-book";
import type { HazardNotice } from "./hazard-notice";

const T0 = new Date("2026-04-20T15:00:00.400Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const HOUR_MS = 3_600_000;
const notice = (severity: HazardNotice["severity"], reading = "2.10 m"): HazardNotice => ({
  event: "Flood warning",
  category: ["Met"],
  responseType: ["Prepare"],
  urgency: "Expected",
  severity,
  certainty: "Observed",
  headline: `Flood warning: ${severity}`,
  description: `Gauge reads ${reading}.`,
  instruction: "Keep away from the river.",
  areas: [
    {
      areaDesc: "Ruai ward",
      polygons: [{ type: "Polygon", coordinates: [[[37.0, -1.3], [37.1, -1.3], [37.1, -1.2], [37.0, -1.3]]] }],
      circles: [{ center: [37.07, -1.29], radiusKm: 1.5 }],
      geocodes: [{ valueName: "IEBC ward code", value: "1400" }],
    },
  ],
});

describe("CapAlertBook", () => {
  const newBook = () => new CapAlertBook({ sender: "sim.kmd.go.ke", senderName: "Simulated KMD", runTag: "test" });

  it("issues Alert, then Update and Cancel each referencing the message before", () => {
    const book = newBook();
    book.apply([{ key: "flood/1400", notice: notice("Moderate") }], T0, 6 * HOUR_MS);
    book.apply([{ key: "flood/1400", notice: notice("Moderate", "2.20 m") }], minutes(1), 6 * HOUR_MS);
    book.apply([{ key: "flood/1400", notice: notice("Severe") }], minutes(2), 6 * HOUR_MS);
    book.apply([{ key: "flood/1400", notice: null }], minutes(3), 6 * HOUR_MS);
    const [cancel, update, alert] = book.feed();
    expect([alert, update, cancel].map((message) => message?.msgType)).toEqual(["Alert", "Update", "Cancel"]);
    expect(update!.references).toEqual([{ sender: alert!.sender, identifier: alert!.identifier, sent: alert!.sent }]);
    expect(cancel!.references).toEqual([{ sender: update!.sender, identifier: update!.identifier, sent: update!.sent }]);
    expect(cancel!.info[0]).toMatchObject({ urgency: "Past", responseType: ["AllClear"] });
    expect(book.isActive("flood/1400")).toBe(false);
  });

  it("restates a standing alert before it expires", () => {
    const book = newBook();
    book.apply([{ key: "heat", notice: notice("Moderate") }], T0, HOUR_MS);
    book.apply([{ key: "heat", notice: notice("Moderate") }], minutes(20), HOUR_MS);
    book.apply([{ key: "heat", notice: notice("Moderate") }], minutes(31), HOUR_MS);
    expect(book.feed().map((message) => message.msgType)).toEqual(["Update", "Alert"]);
  });

  it("leaves hazards it is not told about alone, and forgets messages older than a day", () => {
    const book = newBook();
    book.apply([{ key: "a", notice: notice("Minor") }], T0, HOUR_MS);
    book.apply([{ key: "b", notice: notice("Minor") }], minutes(10), HOUR_MS);
    expect(book.isActive("a")).toBe(true);
    book.apply([], minutes(24 * 60 + 5), HOUR_MS);
    expect(book.feed()).toHaveLength(1);
  });

  it("writes a feed our CAP parser reads back without a rejection, references included", () => {
    const book = newBook();
    book.apply([{ key: "flood/1400", notice: notice("Moderate") }], T0, 6 * HOUR_MS);
    book.apply([{ key: "flood/1400", notice: null }], minutes(5), 6 * HOUR_MS);
    const xml = writeCapAtomFeed({ id: "urn:test", title: "test", updated: minutes(5), alerts: book.feed() });
    const parsed = parseCap(xml, { now: minutes(6) });
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records).toEqual(book.feed());
  });
});
