import { describe, expect, it } from "vitest";
import { definitionOfKind, draftProblems, newDraft, paramProblems } from "./rule-draft";

describe("the rule editor's working copy", () => {
  it("starts every kind from valid parameters, except a geofence, which needs its zone", () => {
    expect(paramProblems(definitionOfKind("threshold"))).toEqual([]);
    expect(paramProblems(definitionOfKind("rate_of_change"))).toEqual([]);
    expect(paramProblems(definitionOfKind("silence"))).toEqual([]);
    expect(paramProblems(definitionOfKind("geofence"))).toEqual(["zone.wardCode: Too small: expected string to have >=1 characters"]);
  });

  it("asks for a name before saving, and says which parameter is wrong", () => {
    const draft = newDraft();
    expect(draftProblems(draft)).toEqual(["Give the rule a name."]);
    const bad = { ...draft, name: "PM2.5", definition: { kind: "threshold" as const, params: { ...definitionOfKind("threshold").params, forMinutes: -1 } } };
    expect(draftProblems(bad as typeof draft)).toEqual(["forMinutes: Too small: expected number to be >=0"]);
  });
});
