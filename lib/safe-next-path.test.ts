import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/admin?tab=audit")).toBe("/admin?tab=audit");
  });
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "", undefined])("sends %s home", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });
});
