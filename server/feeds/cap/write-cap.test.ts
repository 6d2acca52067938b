import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CapAlert } from "./cap-types";
import { parseCap } from "./parse-cap";
import { writeCapAlert } from "./write-cap-alert";
import { writeCapAtomFeed } from "./write-cap-atom-feed";

const NOW = new Date("2024-04-23T08:00:00Z");

const flood: CapAlert = {
  identifier: "citydeck-sim-2024-04-23-0001",
  sender: "simulator@citydeck.example",
  sent: new Date("2024-04-23T07:30:00Z"),
  status: "Exercise",
  msgType: "Update",
  scope: "Public",
  references: [{ sender: "kmd@meteo.go.ke", identifier: "urn:oid:2.49.0.0.404.0.2024.04.23.090000", sent: new Date("2024-04-23T06:00:00Z") }],
  info: [
    {
      language: "en-KE",
      category: ["Met", "Safety"],
      event: "Flash flood",
      responseType: ["Evacuate", "Avoid"],
      urgency: "Immediate",
      severity: "Extreme",
      certainty: "Observed",
      onset: new Date("2024-04-23T07:30:00Z"),
      expires: new Date("2024-04-23T19:30:00Z"),
      senderName: "Nairobi County Disaster Management",
      headline: `Flooding at "Globe" roundabout: <avoid> Kipande & Murang'a roads`,
      description: "Line one\nLine two \u2014 Mto wa Nairobi umefurika \u{1F30A}",
      instruction: null,
      areas: [
        {
          areaDesc: "Globe roundabout and Ngara",
          polygons: [
            {
              type: "Polygon",
              coordinates: [
                [
                  [36.8215, -1.2785],
                  [36.8262, -1.2771],
                  [36.8248, -1.2738],
                  [36.8203, -1.2749],
                  [36.8215, -1.2785],
                ],
              ],
            },
          ],
          circles: [{ center: [36.8229, -1.2761], radiusKm: 0.0000005 }],
          geocodes: [{ valueName: "KE-WARD", value: "Ngara" }],
        },
      ],
    },
  ],
};

describe("CAP writers", () => {
  it("write a CAP 1.2 alert that parses back to an equal record", () => {
    const xml = writeCapAlert(flood);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">/);
    expect(xml).toContain("<sent>2024-04-23T07:30:00+00:00</sent>");
    expect(xml).toContain("&lt;avoid&gt; Kipande &amp; Murang&apos;a");
    // Latitude first again, and no exponent notation for tiny numbers.
    expect(xml).toContain("<polygon>-1.2785,36.8215 -1.2771,36.8262");
    expect(xml).toContain("<circle>-1.2761,36.8229 0.0000005</circle>");
    const result = parseCap(xml, { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual([flood]);
  });

  it("round-trips the Kenya Meteorological Department fixture", () => {
    const original = parseCap(readFileSync(new URL("./fixtures/kmd-heavy-rainfall.xml", import.meta.url), "utf8"), { now: NOW }).records;
    expect(original).toHaveLength(1);
    expect(parseCap(writeCapAlert(original[0]!), { now: NOW }).records).toEqual(original);
  });

  it("drop characters XML cannot carry rather than write a broken document", () => {
    const xml = writeCapAlert({ ...flood, info: [{ ...flood.info[0]!, instruction: "Stay\u0000 inside\u0007" }] });
    expect(parseCap(xml, { now: NOW }).records[0]?.info[0]?.instruction).toBe("Stay inside");
  });

  it("write an Atom feed whose entries embed the alerts, which parseCap reads back", () => {
    const minimal: CapAlert = { ...flood, identifier: "second", msgType: "Alert", references: [], info: [] };
    const xml = writeCapAtomFeed({ id: "urn:uuid:citydeck-sim", title: "CityDeck simulator & friends", updated: NOW, alerts: [flood, minimal] });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<content type="application/cap+xml">');
    expect(xml).toContain("<title>CityDeck simulator &amp; friends</title>");
    const result = parseCap(xml, { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.links).toEqual([]);
    expect(result.records).toEqual([flood, minimal]);
  });
});
