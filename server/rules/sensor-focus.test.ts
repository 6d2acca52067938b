import { describe, expect, it } from "vitest";
import { focusedSensorIds } from "./sensor-focus";

describe("focusing a pass on the sensors just written", () => {
  it("keeps a rule's own list, narrowed to the focus; without a list, the focus itself", () => {
    expect(focusedSensorIds(["a", "b"], undefined)).toEqual(["a", "b"]);
    expect(focusedSensorIds(undefined, undefined)).toBeUndefined();
    expect(focusedSensorIds(["a", "b"], new Set(["b", "c"]))).toEqual(["b"]);
    expect(focusedSensorIds(undefined, new Set(["c"]))).toEqual(["c"]);
    expect(focusedSensorIds(["a"], new Set())).toEqual([]);
  });
});
