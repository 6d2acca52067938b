import { describe, expect, it } from "vitest";
import { polygonFromText, textFromPolygon } from "./zone-polygon-text";

describe("zones typed as text", () => {
  it("closes the ring and reads commas or spaces", () => {
    const polygon = polygonFromText("36.85, -1.27\n36.87 -1.27\n36.87,-1.25\n");
    expect(polygon).toEqual({ type: "Polygon", coordinates: [[[36.85, -1.27], [36.87, -1.27], [36.87, -1.25], [36.85, -1.27]]] });
    expect(polygonFromText(textFromPolygon(polygon!))).toEqual(polygon);
  });

  it("refuses fewer than three corners or anything not a number", () => {
    expect(polygonFromText("36.85, -1.27\n36.87, -1.27")).toBeNull();
    expect(polygonFromText("36.85, -1.27\n36.87, north\n36.87, -1.25")).toBeNull();
  });
});
