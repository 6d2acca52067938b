import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCap } from "./parse-cap";
import { expectWellFormedResult } from "../testing";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const NOW = new Date("2024-04-23T08:00:00Z");

function expectDocumentRejected(input: string | Uint8Array, reason: RegExp, options: { maxBytes?: number; maxDepth?: number } = {}) {
  const result = parseCap(input, { now: NOW, ...options });
  expectWellFormedResult(result);
  expect(result.records).toEqual([]);
  expect(result.links).toEqual([]);
  expect(result.rejections).toHaveLength(1);
  expect(result.rejections[0]?.reason).toMatch(reason);
}

/** A valid alert whose <info> carries `depth` levels of (ignored) extension elements. */
function alertNestedTo(totalDepth: number): string {
  const extra = totalDepth - 2; // <alert> and <info> are two levels
  return `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>d</identifier><sender>s</sender>
    <sent>2024-04-23T09:00:00+03:00</sent><status>Test</status><msgType>Alert</msgType><scope>Public</scope>
    <info><category>Met</category><event>e</event><urgency>Past</urgency><severity>Minor</severity><certainty>Unlikely</certainty>
    ${"<x>".repeat(extra)}${"</x>".repeat(extra)}</info></alert>`;
}

describe("parseCap against hostile XML", () => {
  it("refuses the billion-laughs document before parsing it", () => {
    expectDocumentRejected(fixture("billion-laughs.xml"), /<!DOCTYPE> declaration; DTDs and entities are refused/);
  });

  it("refuses external entities (XXE) and external / parameter-entity DTDs", () => {
    expectDocumentRejected(fixture("xxe-external-entity.xml"), /<!DOCTYPE> declaration/);
    expectDocumentRejected(fixture("xxe-parameter-entity.xml"), /<!DOCTYPE> declaration/);
  });

  it.each([
    ["lower case", '<!doctype alert [<!entity x "y">]><alert/>'],
    ["spaced", '<! DOCTYPE alert><alert/>'],
    ["a bare entity declaration", '<alert><!ENTITY x "y"></alert>'],
  ])("refuses a declaration written in %s", (_label, xml) => {
    expectDocumentRejected(xml, /declaration; DTDs and entities are refused/);
  });

  it("refuses references to entities nobody declared, instead of passing them through", () => {
    const xml = fixture("kmd-heavy-rainfall.xml").replace("<event>Heavy Rainfall</event>", "<event>&xxe;</event>");
    expectDocumentRejected(xml, /undeclared entity or bare "&" at "&xxe;/);
  });

  it("refuses numeric references to characters XML forbids", () => {
    const xml = fixture("kmd-heavy-rainfall.xml").replace("<event>Heavy Rainfall</event>", "<event>&#0;</event>");
    expectDocumentRejected(xml, /character reference &#0; is not an XML character/);
  });

  it("enforces the size limit before decoding, with a configurable limit", () => {
    const padding = `<!--${"x".repeat(1024 * 1024)}-->`;
    expectDocumentRejected(fixture("kmd-heavy-rainfall.xml") + padding, /over the 1048576-byte limit/);
    expectDocumentRejected(fixture("kmd-heavy-rainfall.xml"), /over the 1000-byte limit/, { maxBytes: 1000 });
  });

  it("accepts nesting up to the depth limit and refuses one level more", () => {
    expect(parseCap(alertNestedTo(32), { now: NOW }).records).toHaveLength(1);
    expectDocumentRejected(alertNestedTo(33), /nests elements deeper than 32 levels/);
    expectDocumentRejected(alertNestedTo(9), /deeper than 8 levels/, { maxDepth: 8 });
  });

  // Speed is a benchmark's business (a loaded CI machine would make a time limit flaky).
  it("refuses pathological nesting without exhausting the stack", () => {
    expectDocumentRejected("<a>".repeat(100_000) + "</a>".repeat(100_000), /deeper than 32 levels/);
  });

  it.each([
    ["invalid UTF-8", Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), /not valid UTF-8/],
    ["an unclosed element", "<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'><identifier>x", /not well-formed XML/],
    ["mismatched tags", "<feed><entry></feed></entry>", /not well-formed XML/],
    ["two root elements", "<a/><b/>", /2 root elements, expected 1/],
    ["plain text", "Service temporarily unavailable", /not well-formed XML/],
    ["an empty body", "", /not well-formed XML|0 root elements/],
    ["an undeclared prefix", "<cap:alert><cap:identifier>x</cap:identifier></cap:alert>", /undeclared namespace prefix/],
    ["a prototype-polluting element name", "<__proto__><polluted>yes</polluted></__proto__>", /not well-formed XML/],
  ])("rejects %s as a whole document", (_label, input, reason) => {
    expectDocumentRejected(input, reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
