import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { parseCap } from "./parse-cap";
import { escapeXml } from "./xml-writing";
import { expectWellFormedResult, mutateBytes } from "../testing";

const NOW = new Date("2024-04-23T08:00:00Z");
const fixtures = ["kmd-heavy-rainfall.xml", "alerts-atom.xml", "kmd-rss.xml"].map((name) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"),
);
const edit = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), byte: fc.integer({ min: 0, max: 255 }) });
const xmlish = fc.stringMatching(/^[<>/a-z:="' &;#!\[\]?-]{0,200}$/);

describe("parseCap under fuzzing", () => {
  it("never throws on arbitrary text, XML-ish noise or bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), xmlish, fc.uint8Array({ maxLength: 300 })), (input) => {
        expectWellFormedResult(parseCap(input, { now: NOW }));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on byte-level mutations of the real-format fixtures", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 8 }), (xml, edits) => {
        expectWellFormedResult(parseCap(mutateBytes(new TextEncoder().encode(xml), edits), { now: NOW }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws when the fixtures' element values are replaced by arbitrary text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 40 })), { maxLength: 6 }), (xml, swaps) => {
        const values = [...xml.matchAll(/>([^<>]+)</g)];
        let mutated = xml;
        for (const [at, text] of swaps) {
          const target = values[at % values.length]?.[1];
          if (target) mutated = mutated.replace(`>${target}<`, `>${escapeXml(text)}<`);
        }
        expectWellFormedResult(parseCap(mutated, { now: NOW }));
      }),
      { numRuns: 300 },
    );
  });
});
