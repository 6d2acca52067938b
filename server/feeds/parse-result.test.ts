import { describe, expect, it } from "vitest";
import { EXCERPT_MAX_CHARS, excerptOf } from "./parse-result";

describe("excerptOf", () => {
  it("keeps the start of text, of bytes as hex, and of anything else as JSON", () => {
    expect(excerptOf("x".repeat(1000))).toBe("x".repeat(EXCERPT_MAX_CHARS));
    expect(excerptOf(new Uint8Array([0, 15, 255]))).toBe("000fff");
    const record = { kind: "reading", sensorId: "aq-1", values: Array.from({ length: 2000 }, (_, i) => i), note: "é".repeat(900) };
    expect(excerptOf(record)).toBe(JSON.stringify(record).slice(0, EXCERPT_MAX_CHARS));
  });

  it("does not serialise what the excerpt cannot show", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      toJSON() {
        if (i >= EXCERPT_MAX_CHARS) throw new Error(`row ${i} was serialised`);
        return { i };
      },
    }));
    expect(excerptOf({ kind: "gtfsNetwork", rows })).toMatch(/^\{"kind":"gtfsNetwork","rows":\[\{"i":0\},\{"i":1\},/);
  });
});
