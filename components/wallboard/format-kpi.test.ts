import { describe, expect, it } from "vitest";
import { formatKpiNumber, formatKpiValue } from "./format-kpi";

describe("formatKpiValue", () => {
  it("writes each unit as a wall reads it", () => {
    expect(formatKpiValue(87.46, "%")).toBe("87%");
    expect(formatKpiValue(8, "min")).toBe("8 min");
    expect(formatKpiValue(9.84, "min")).toBe("9.8 min");
    expect(formatKpiValue(1.7, "m")).toBe("1.7 m");
    expect(formatKpiValue(152, "AQI")).toBe("152");
    expect(formatKpiValue(1234, "count")).toBe("1,234");
    expect(formatKpiValue(31.6, "km/h")).toBe("32 km/h");
  });

  it("shows a dash when there is no value", () => {
    expect(formatKpiValue(null, "%")).toBe("—");
    expect(formatKpiNumber(null, "count")).toBe("—");
  });
});
