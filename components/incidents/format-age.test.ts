import { describe, expect, it } from "vitest";
import { formatAge, formatAgo } from "./format-age";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatAge", () => {
  it.each([
    [20, "just now"],
    [-30, "just now"], // a clock slightly ahead of ours
    [4 * 60 + 59, "4 min"],
    [2 * 3600 + 5 * 60, "2 h 05 min"],
    [3 * 86400 + 100, "3 d"],
  ])("%i s ago reads %s", (seconds, text) => {
    expect(formatAge(ago(seconds), now)).toBe(text);
  });
});

describe("formatAgo", () => {
  it.each([
    [20, "just now"],
    [4 * 60, "4 min ago"],
  ])("%i s ago reads %s", (seconds, text) => {
    expect(formatAgo(ago(seconds), now)).toBe(text);
  });
});
