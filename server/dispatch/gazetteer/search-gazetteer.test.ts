import { describe, expect, it } from "vitest";
import { parseCoordinates } from "./parse-coordinates";
import { Gazetteer, type GazetteerEntry } from "./search-gazetteer";

const place = (kind: GazetteerEntry["kind"], name: string, lon = 36.82, lat = -1.29): GazetteerEntry => ({ kind, name, lon, lat, wardName: null });

describe("gazetteer search", () => {
  const gazetteer = new Gazetteer([
    place("school", "Moi Avenue Primary School"),
    place("junction", "Kenyatta Avenue / Moi Avenue"),
    place("road", "Moi Avenue"),
    place("stop", "Moi Avenue Stage", 36.83),
    place("hospital", "kenyatta national hospital", 36.807, -1.3005),
    place("hospital", "Kenyatta National Hospital", 36.8073, -1.3006),
    place("ward", "LANG'ATA"),
  ]);

  it("ranks a whole-name prefix first, then word prefixes, kinds in the order callers give them", () => {
    expect(gazetteer.search("moi av", 8).map((p) => p.name)).toEqual([
      "Moi Avenue",
      "Moi Avenue Stage",
      "Moi Avenue Primary School",
      "Kenyatta Avenue / Moi Avenue",
    ]);
  });

  it("matches every typed word against the start of any word, ignoring case and punctuation", () => {
    expect(gazetteer.search("ken moi", 8).map((p) => p.kind)).toEqual(["junction"]);
    expect(gazetteer.search("langata", 8).map((p) => p.name)).toEqual([]);
    expect(gazetteer.search("lang'ata", 8).map((p) => p.name)).toEqual(["LANG'ATA"]);
  });

  it("keeps one entry for a place mapped twice, with its better-written name", () => {
    expect(gazetteer.search("kenyatta nat", 8).map((p) => p.name)).toEqual(["Kenyatta National Hospital"]);
  });
});

describe("typed coordinates", () => {
  it.each([
    ["-1.2864, 36.8219", [{ lat: -1.2864, lon: 36.8219 }, { lat: 36.8219, lon: -1.2864 }]],
    ["-1.2864 36.8219", [{ lat: -1.2864, lon: 36.8219 }, { lat: 36.8219, lon: -1.2864 }]],
    ["136.8219, -1.2864", [{ lat: -1.2864, lon: 136.8219 }]],
    ["Moi Avenue", []],
    ["95, 200", []],
  ])("%s", (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });
});
