import { describe, expect, it } from "vitest";
import { inboxPath, parseInboxFocus } from "./inbox-focus";

const ALERT_ID = "0b6f8f9e-3c1d-4a5e-9f7a-2d4c6b8e0a11";

describe("reading a link into the alert inbox", () => {
  it("opens the whole inbox when the link names nothing", () => {
    expect(parseInboxFocus({})).toEqual({ kind: "all" });
    expect(parseInboxFocus({ layers: "sensors" })).toEqual({ kind: "all" });
  });

  it("reads a subject as kind and id, keeping the colons of the id", () => {
    expect(parseInboxFocus({ subject: "sensor:gauge-03" })).toEqual({ kind: "subject", subject: { kind: "sensor", id: "gauge-03" } });
    expect(parseInboxFocus({ subject: "cap:urn:oid:2.49.0.1.404.0:2026-03-10" })).toEqual({
      kind: "subject",
      subject: { kind: "cap", id: "urn:oid:2.49.0.1.404.0:2026-03-10" },
    });
  });

  it("reads one alert by its uuid", () => {
    expect(parseInboxFocus({ alert: ALERT_ID })).toEqual({ kind: "alert", id: ALERT_ID });
  });

  it.each([
    ["a subject with no kind", { subject: "garbage" }],
    ["an unknown kind of subject", { subject: "planet:mars" }],
    ["a subject with no id", { subject: "sensor:" }],
    ["a subject id with spaces", { subject: "sensor:gauge 03" }],
    ["a subject id with a control character", { subject: "sensor:gauge\u000003" }],
    ["a subject id longer than any the city issues", { subject: `sensor:${"x".repeat(201)}` }],
    ["a repeated subject", { subject: ["sensor:a", "sensor:b"] }],
    ["an alert id that is no uuid", { alert: "42" }],
    ["an alert id with SQL in it", { alert: `${ALERT_ID}' or '1'='1` }],
    ["both an alert and a subject", { alert: ALERT_ID, subject: "sensor:gauge-03" }],
  ])("refuses %s with a plain reason", (_case, params) => {
    const focus = parseInboxFocus(params);
    expect(focus).toMatchObject({ kind: "invalid", reason: expect.stringMatching(/^This link /) });
  });

  it("writes links that read back as the same focus", () => {
    for (const focus of [
      { kind: "subject", subject: { kind: "sensor", id: "gauge/03?x=1&y" } },
      { kind: "subject", subject: { kind: "cap", id: "urn:oid:2.49:1" } },
      { kind: "alert", id: ALERT_ID },
    ] as const) {
      const url = new URL(inboxPath(focus), "http://citydeck.test");
      expect(url.pathname).toBe("/alerts");
      expect(parseInboxFocus(Object.fromEntries(url.searchParams))).toEqual(focus);
    }
    expect(inboxPath({ kind: "subject", subject: { kind: "sensor", id: "gauge-03" } })).toBe("/alerts?subject=sensor:gauge-03");
    expect(inboxPath({ kind: "invalid", reason: "unreadable" })).toBe("/alerts");
  });
});
