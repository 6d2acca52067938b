import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rules } from "@/db/schema";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { ensureDefaultRules } from "./default-rules";
import { ensureAgency } from "./testing/rule-fixtures";

describe("default rules", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase("pglite");
  });
  afterAll(() => test?.cleanup());

  it("adds each agency's rules once, skips agencies the city lacks, and leaves edited rules alone", async () => {
    for (const id of ["city", "environment", "power", "water", "lighting", "roads"]) await ensureAgency(test.database, id);
    const first = await ensureDefaultRules(test.database.db);
    expect(first).toContain("default-pm25-unhealthy");
    expect(first).not.toContain("default-waste-bin-full");
    expect(first).toHaveLength(9);
    await test.database.db.update(rules).set({ name: "Edited", enabled: false });
    await ensureAgency(test.database, "waste");
    expect(await ensureDefaultRules(test.database.db)).toEqual(["default-waste-bin-full"]);
    const stored = await test.database.db.select().from(rules);
    expect(stored.filter((r) => r.name === "Edited")).toHaveLength(9);
  });
});
