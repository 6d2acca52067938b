import { describe, expect, it } from "vitest";
import { NEVER, placeLabels, type LabelBoxStyle, type LabelToPlace } from "./label-placement";

const style = (priority: number, minZoom = 0): LabelBoxStyle => ({ size: 10, anchor: "middle", pixelOffset: [0, 0], priority, minZoom });
const label = (text: string, lon: number, lat = -1.3): LabelToPlace => ({ position: [lon, lat], text, angle: 0 });

describe("placeLabels", () => {
  it("shows a label from its own floor when nothing is in the way", () => {
    const [placed] = placeLabels([label("Karen", 36.7)], () => style(1, 10));
    expect(placed!.minZoom).toBe(10);
  });

  it("makes the lower-priority label wait until the two no longer overlap", () => {
    // Two 10-letter labels need 66 px between centres; 0.01° of longitude spans 66 px at zoom ~12.2.
    const [ward, road] = placeLabels([label("Kileleshwa", 36.78), label("Ngong Road", 36.79)], (l) => style(l.text === "Kileleshwa" ? 2 : 1));
    expect(ward!.minZoom).toBe(0);
    expect(road!.minZoom).toBeCloseTo(12.18, 2);
  });

  it("never draws a label that sits exactly on a more important one", () => {
    const [first, duplicate] = placeLabels([label("Mater Hospital", 36.83), label("Mater Hospital", 36.83)], () => style(1));
    expect(first!.minZoom).toBe(0);
    expect(duplicate!.minZoom).toBe(NEVER);
  });

  it("ignores a conflict with a label that only appears after the two have separated", () => {
    const placed = placeLabels([label("Late", 36.8), label("Early", 36.8001)], (l) => (l.text === "Late" ? style(2, 21) : style(1)));
    expect(placed[1]!.minZoom).toBe(0);
  });
});
