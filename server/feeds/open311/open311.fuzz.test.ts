import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { parseOpen311Requests } from "./parse-open311-requests";
import { parseOpen311Services } from "./parse-open311-services";
import { expectWellFormedResult, mutateBytes } from "../testing";

const NOW = new Date("2024-04-23T08:00:00Z");
const parse = (input: string | Uint8Array) => [parseOpen311Requests(input, { now: NOW }), parseOpen311Services(input)];
const fixtures = ["requests.json", "services.json"].map((name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const keys = ["service_request_id", "status", "service_code", "service_name", "requested_datetime", "updated_datetime", "lat", "long", "media_url", "type", "metadata", "keywords", "code", "description"];
const edit = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), byte: fc.integer({ min: 0, max: 255 }) });

describe("Open311 parsers under fuzzing", () => {
  it("never throw on arbitrary text or JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        parse(text).forEach(expectWellFormedResult);
      }),
      { numRuns: 400 },
    );
  });

  it("never throw on arrays of objects with Open311 keys and arbitrary values", () => {
    const item = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        parse(JSON.stringify(items)).forEach(expectWellFormedResult);
      }),
      { numRuns: 400 },
    );
  });

  it("never throw on byte-level mutations of the fixtures", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 6 }), (json, edits) => {
        parse(mutateBytes(new TextEncoder().encode(json), edits)).forEach(expectWellFormedResult);
      }),
      { numRuns: 300 },
    );
  });
});
