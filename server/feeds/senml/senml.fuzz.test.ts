import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSenml } from "./parse-senml";
import { parseSensorTopic } from "./sensor-topic";
import { expectWellFormedResult, mutateBytes } from "../testing";

const NOW = new Date("2024-04-23T08:00:00Z");
const fixturesDir = new URL("./fixtures/", import.meta.url);
const fixtures = readdirSync(fixturesDir).map((name) => readFileSync(new URL(name, fixturesDir)));
const labels = ["bn", "bt", "bu", "bv", "bs", "bver", "n", "u", "v", "vs", "vb", "vd", "s", "t", "ut", "x_", "bx_"];
const edit = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), byte: fc.integer({ min: 0, max: 255 }) });

describe("SenML under fuzzing", () => {
  it("never throws on arbitrary text, bytes or JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 }), fc.uint8Array({ maxLength: 200 })), (input) => {
        expectWellFormedResult(parseSenml(input, { now: NOW }));
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on packs of records with SenML labels and arbitrary values", () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.double(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.constantFrom("NaN", "Infinity", 2 ** 28, 1e999));
    const record = fc.dictionary(fc.constantFrom(...labels), value, { maxKeys: 6 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (pack) => {
        expectWellFormedResult(parseSenml(JSON.stringify(pack), { now: NOW }));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on byte-level mutations of the RFC examples", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 6 }), (bytes, edits) => {
        expectWellFormedResult(parseSenml(mutateBytes(new Uint8Array(bytes), edits), { now: NOW }));
      }),
      { numRuns: 300 },
    );
  });

  it("parses any topic string to an outcome, never a throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (topic) => {
        const parsed = parseSensorTopic(topic);
        expect(typeof parsed.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
