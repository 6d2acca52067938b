import { describe, expect, it } from "vitest";
import { priorityFor } from "./call-priority";
import { CALL_TYPES, COLLISION_DESCRIPTIONS, FLOODING_DESCRIPTIONS } from "./call-types";

describe("priorityFor", () => {
  it("gives each collision description the severity it was written for", () => {
    for (const [severity, descriptions] of Object.entries(COLLISION_DESCRIPTIONS)) {
      for (const description of descriptions) expect([description, priorityFor("road_collision", description)]).toEqual([description, Number(severity)]);
    }
  });

  it("lets a life threat decide, whatever else the caller says", () => {
    expect(priorityFor("water", "Minor leak, but a man is unconscious in the flooded basement")).toBe(1);
    expect(priorityFor("fire", "Rubbish burning, people trapped behind it")).toBe(1);
  });

  it("lets words of a minor matter lower a serious-sounding type", () => {
    expect(priorityFor("fire", "Rubbish heap burning next to houses")).toBe(3);
    expect(priorityFor("medical", "Patient needs transport, no one hurt further")).toBe(4);
  });

  it("falls back to the type's own priority when the words say nothing", () => {
    expect(priorityFor("fire", "Something is happening")).toBe(2);
    expect(priorityFor("crime", "Something is happening")).toBe(3);
  });

  it("gives every description of every type a priority from 1 to 4, using all four across the catalogue", () => {
    const all = [
      ...CALL_TYPES.flatMap((profile) => profile.descriptions.map((description) => priorityFor(profile.type, description))),
      ...FLOODING_DESCRIPTIONS.map((description) => priorityFor("flooding", description)),
    ];
    expect(new Set(all)).toEqual(new Set([1, 2, 3, 4]));
  });
});
