import { describe, expect, it } from "vitest";
import { formatPlaceName } from "./place-name";

describe("formatPlaceName", () => {
  it.each([
    ["KILELESHWA", "Kileleshwa"],
    ["DANDORA AREA II", "Dandora Area II"],
    ["SOUTH C", "South C"],
    ["MUTU-INI", "Mutu-ini"],
    ["MARINGO/HAMZA", "Maringo/Hamza"],
    ["Kibera", "Kibera"],
  ])("%s reads %s", (name, expected) => {
    expect(formatPlaceName(name)).toBe(expected);
  });
});
