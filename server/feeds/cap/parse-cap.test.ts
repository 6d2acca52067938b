import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCap } from "./parse-cap";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const NOW = new Date("2024-04-23T08:00:00Z");

/** A minimal valid alert with one field swapped for `replacement`. */
function alertWith(original: string, replacement: string): string {
  const xml = fixture("kmd-heavy-rainfall.xml");
  expect(xml).toContain(original);
  return xml.replace(original, replacement);
}

describe("parseCap: single alert documents", () => {
  it("reads a Kenya Meteorological Department heavy-rainfall warning", () => {
    const result = parseCap(fixture("kmd-heavy-rainfall.xml"), { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.links).toEqual([]);
    expect(result.records).toHaveLength(1);
    const [alert] = result.records;
    expect(alert).toMatchObject({
      identifier: "urn:oid:2.49.0.0.404.0.2024.04.23.090000",
      sender: "kmd@meteo.go.ke",
      sent: new Date("2024-04-23T06:00:00Z"),
      status: "Actual",
      msgType: "Alert",
      scope: "Public",
      references: [],
    });
    expect(alert?.info).toHaveLength(2);
    const [english, swahili] = alert!.info;
    expect(english).toMatchObject({
      language: "en-KE",
      category: ["Met"],
      event: "Heavy Rainfall",
      responseType: ["Prepare", "Avoid"],
      urgency: "Expected",
      severity: "Severe",
      certainty: "Likely",
      onset: new Date("2024-04-23T09:00:00Z"),
      expires: new Date("2024-04-26T20:59:00Z"),
      senderName: "Kenya Meteorological Department",
      // &amp; and the numeric reference &#8212; are decoded; CDATA is taken as written.
      headline: "Heavy rainfall warning: Nairobi & the Highlands East of the Rift Valley",
      instruction: expect.stringContaining("moving water & avoid"),
    });
    expect(english?.description).toContain("strong winds \u2014 flash floods");
    expect(english?.areas).toEqual([
      {
        areaDesc: "Nairobi County",
        polygons: [
          {
            type: "Polygon",
            // CAP's "lat,lon" turned into GeoJSON [lon, lat].
            coordinates: [
              [
                [36.66, -1.16],
                [36.9, -1.16],
                [37.1, -1.22],
                [37.1, -1.32],
                [36.96, -1.44],
                [36.75, -1.44],
                [36.66, -1.33],
                [36.66, -1.16],
              ],
            ],
          },
        ],
        circles: [],
        geocodes: [{ valueName: "ISO 3166-2", value: "KE-30" }],
      },
    ]);
    expect(swahili).toMatchObject({ language: "sw-KE", event: "Mvua Kubwa", description: null, instruction: null });
  });

  it("accepts the same document as UTF-8 bytes", () => {
    const bytes = new TextEncoder().encode(fixture("kmd-heavy-rainfall.xml"));
    expect(parseCap(bytes, { now: NOW }).records).toHaveLength(1);
  });

  it("defaults the info language to en-US as CAP does", () => {
    const result = parseCap(alertWith("<language>en-KE</language>", ""), { now: NOW });
    expect(result.records[0]?.info[0]?.language).toBe("en-US");
  });

  it.each([
    ["a status outside the CAP list", "<status>Actual</status>", "<status>Real</status>", /status "Real" is not one of Actual, Exercise, System, Test, Draft/],
    ["a msgType outside the list", "<msgType>Alert</msgType>", "<msgType>Warning</msgType>", /msgType "Warning" is not one of/],
    ["a scope outside the list", "<scope>Public</scope>", "<scope>public</scope>", /scope "public" is not one of Public, Restricted, Private/],
    ["a category outside the list", "<category>Met</category>\n    <event>Heavy", "<category>Weather</category>\n    <event>Heavy", /info\[0\] category "Weather" is not one of Geo, Met/],
    ["an urgency outside the list", "<urgency>Expected</urgency>\n    <severity>Severe</severity>\n    <certainty>Likely</certainty>\n    <effective>", "<urgency>Soon</urgency>\n    <severity>Severe</severity>\n    <certainty>Likely</certainty>\n    <effective>", /info\[0\] urgency "Soon"/],
    ["a responseType outside the list", "<responseType>Avoid</responseType>", "<responseType>Panic</responseType>", /responseType "Panic" is not one of Shelter/],
    ["a missing identifier", "<identifier>urn:oid:2.49.0.0.404.0.2024.04.23.090000</identifier>", "", /<alert> is missing <identifier>/],
    ["an identifier with a space", "<identifier>urn:oid:2.49.0.0.404.0.2024.04.23.090000</identifier>", "<identifier>KMD 42</identifier>", /identifier "KMD 42" contains a space/],
    ["a sent time without a zone", "<sent>2024-04-23T09:00:00+03:00</sent>", "<sent>2024-04-23T09:00:00</sent>", /sent "2024-04-23T09:00:00" is not a date-time with a time zone/],
    ["a sent time that is not a date", "<sent>2024-04-23T09:00:00+03:00</sent>", "<sent>2024-02-30T09:00:00+03:00</sent>", /not a calendar date-time/],
    ["a sent time two days ahead", "<sent>2024-04-23T09:00:00+03:00</sent>", "<sent>2024-04-25T12:00:00+03:00</sent>", /sent .* too far in the future/],
    ["a sent time in 1999", "<sent>2024-04-23T09:00:00+03:00</sent>", "<sent>1999-12-31T23:00:00+03:00</sent>", /before 2000/],
    ["expiry before onset", "<expires>2024-04-26T23:59:00+03:00</expires>\n    <senderName>Kenya", "<expires>2024-04-22T23:59:00+03:00</expires>\n    <senderName>Kenya", /info\[0\] expires before its onset/],
    ["two sent elements", "<sent>2024-04-23T09:00:00+03:00</sent>", "<sent>2024-04-23T09:00:00+03:00</sent><sent>2024-04-23T09:00:00+03:00</sent>", /has 2 <sent> elements/],
  ])("rejects an alert with %s", (_label, original, replacement, reason) => {
    const result = parseCap(alertWith(original, replacement), { now: NOW });
    expect(result.records).toEqual([]);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]?.reason).toMatch(reason);
    expect(result.rejections[0]?.index).toBeUndefined();
  });

  const polygon = "<polygon>-1.1600,36.6600 -1.1600,36.9000 -1.2200,37.1000 -1.3200,37.1000 -1.4400,36.9600 -1.4400,36.7500 -1.3300,36.6600 -1.1600,36.6600</polygon>";
  it.each([
    ["an open ring", "<polygon>-1.16,36.66 -1.16,37.1 -1.44,37.1 -1.44,36.66</polygon>", /polygon is not closed/],
    ["three points", "<polygon>-1.16,36.66 -1.16,37.1 -1.16,36.66</polygon>", /polygon has 3 points, at least 4/],
    // Longitude first, as GeoJSON habits write it: 36.66 is not a latitude.
    ["swapped axes past 90", "<polygon>136.66,-1.16 137.1,-1.16 137.1,-1.44 136.66,-1.16</polygon>", /latitude 136.66 is not within -90..90/],
    ["a NaN coordinate", "<polygon>NaN,36.66 -1.16,37.1 -1.44,37.1 NaN,36.66</polygon>", /polygon latitude "NaN" is not a decimal number/],
    ["an exponent", "<polygon>-1e0,36.66 -1.16,37.1 -1.44,37.1 -1e0,36.66</polygon>", /is not a decimal number/],
    ["a point without a comma", "<polygon>-1.16 36.66 -1.16 37.1 -1.44 37.1 -1.16 36.66</polygon>", /polygon point "-1.16" is not "lat,lon"/],
    ["a circle without radius", "<circle>-1.26,36.85</circle>", /circle "-1.26,36.85" is not "lat,lon radius"/],
    ["a negative radius", "<circle>-1.26,36.85 -2</circle>", /circle radius -2 is negative/],
    ["a circle off the globe", "<circle>-91,36.85 2</circle>", /latitude -91/],
  ])("rejects an area with %s", (_label, replacement, reason) => {
    const result = parseCap(alertWith(polygon, replacement), { now: NOW });
    expect(result.records).toEqual([]);
    expect(result.rejections[0]?.reason).toMatch(reason);
  });

  it("refuses alerts of another CAP version, naming the namespace it found", () => {
    const result = parseCap(alertWith("cap:1.2", "cap:1.1"), { now: NOW });
    expect(result.rejections[0]?.reason).toMatch(/root <alert> is not a CAP 1.2 alert/);
  });
});

describe("parseCap: feeds", () => {
  it("reads embedded alerts from an Atom feed, returns linked ones, and rejects a bad entry alone", () => {
    const result = parseCap(fixture("alerts-atom.xml"), { now: NOW });
    expect(result.records.map((alert) => [alert.identifier, alert.msgType])).toEqual([
      ["urn:oid:2.49.0.0.404.0.2024.04.23.090000", "Alert"],
      ["urn:oid:2.49.0.0.404.0.2024.04.23.101500", "Update"],
    ]);
    const update = result.records[1]!;
    expect(update.references).toEqual([
      { sender: "kmd@meteo.go.ke", identifier: "urn:oid:2.49.0.0.404.0.2024.04.23.090000", sent: new Date("2024-04-23T06:00:00Z") },
    ]);
    expect(update.info[0]).toMatchObject({ category: ["Geo", "Safety"], responseType: ["Evacuate"], severity: "Extreme" });
    expect(update.info[0]?.areas[0]?.circles).toEqual([{ center: [36.8578, -1.2606], radiusKm: 2 }]);
    expect(result.links).toEqual([
      {
        url: "https://cap-sources.example.org/ke-kmd-en/2024-04-22-150000.xml",
        entryId: "urn:oid:2.49.0.0.404.0.2024.04.22.150000",
        updated: new Date("2024-04-22T12:00:00Z"),
        index: 2,
      },
    ]);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]).toMatchObject({ index: 3, reason: expect.stringMatching(/info\[0\] severity "Very Bad" is not one of Extreme/) });
    expect(result.rejections[0]?.excerpt).toMatch(/^<entry><id>urn:oid:2.49.0.0.404.0.2024.04.23.110000<\/id>/);
  });

  it("returns the links of an RSS feed and refuses links that are not http(s)", () => {
    const result = parseCap(fixture("kmd-rss.xml"), { now: NOW });
    expect(result.records).toEqual([]);
    expect(result.links).toEqual([
      {
        url: "https://cap-sources.example.org/ke-kmd-en/2024-04-23-090000.xml",
        entryId: "urn:oid:2.49.0.0.404.0.2024.04.23.090000",
        updated: new Date("2024-04-23T06:00:00Z"),
        index: 0,
      },
      // The enclosure typed application/cap+xml wins over the HTML page link; a bad date is dropped.
      { url: "https://cap-sources.example.org/ke-kmd-en/2024-04-22-150000.xml", entryId: "urn:oid:2.49.0.0.404.0.2024.04.22.150000", updated: null, index: 1 },
    ]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 2, reason: 'alert link "file:///etc/passwd" is not an http(s) URL' })]);
  });

  it("reads an RSS item that embeds its alert", () => {
    const alert = fixture("kmd-heavy-rainfall.xml").replace(/<\?xml[^>]*>/, "");
    const rss = `<rss version="2.0"><channel><title>t</title><item><title>x</title>${alert}</item></channel></rss>`;
    const result = parseCap(rss, { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => record.info[0]?.event)).toEqual(["Heavy Rainfall"]);
  });

  it("rejects an entry that neither embeds nor links an alert, and one that embeds CAP 1.1", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><id>f</id>
      <entry><id>a</id><title>nothing here</title></entry>
      <entry><id>b</id><content type="application/cap+xml"><alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"/></content></entry>
    </feed>`;
    const result = parseCap(atom, { now: NOW });
    expect(result.rejections.map((rejection) => [rejection.index, rejection.reason])).toEqual([
      [0, "entry neither embeds a CAP alert nor links to one"],
      [1, 'entry embeds an <alert> in namespace "urn:oasis:names:tc:emergency:cap:1.1", not CAP 1.2 (urn:oasis:names:tc:emergency:cap:1.2)'],
    ]);
  });

  it("falls back to an entry's plain link, but never to an HTML page", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><id>f</id>
      <entry><id>a</id><link href="https://api.weather.gov/alerts/urn:oid:2.49.0.1.840.0.1"/></entry>
      <entry><id>b</id><link rel="alternate" type="text/html" href="https://meteo.go.ke/warnings/1"/></entry>
    </feed>`;
    const result = parseCap(atom, { now: NOW });
    expect(result.links).toEqual([{ url: "https://api.weather.gov/alerts/urn:oid:2.49.0.1.840.0.1", entryId: "a", updated: null, index: 0 }]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 1, reason: "entry neither embeds a CAP alert nor links to one" })]);
  });

  it("rejects a document that is neither an alert nor a feed", () => {
    const result = parseCap("<html><body>Service Unavailable</body></html>", { now: NOW });
    expect(result.rejections[0]?.reason).toBe("root <html> is not a CAP 1.2 alert, an Atom feed or an RSS feed");
  });
});
