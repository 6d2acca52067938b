import { count, desc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { Role } from "@/lib/domain/access";
import { decisions, invoke, procedures, setUpAccessFixtures, type Fixtures } from "@/server/test/access-decisions";
import { callerFor } from "@/server/test/fixtures";

const mutations = Object.keys(procedures).filter((path) => procedures[path]!._def.type === "mutation");

describe.each(testDatabaseKinds)("audit log on %s", (kind) => {
  let test: TestDatabase;
  let users: Record<Role, string>;
  let fixtures: Fixtures;
  let n = 0;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    ({ users, fixtures } = await setUpAccessFixtures(test.database));
  });
  afterAll(() => test?.cleanup());

  const auditCount = async () => (await test.database.db.select({ n: count() }).from(auditLog))[0]!.n;

  it.each(mutations)("%s writes exactly one entry naming its actor", async (path) => {
    const decision = decisions[path]!;
    // Signing in acts as the account signing in; everything else as the least role allowed.
    const role = decision.minimum === "public" ? null : decision.minimum;
    const caller = await callerFor(test.database, role ? { userId: users[role] } : null);
    const input = await decision.input?.(fixtures, n++);
    const before = await auditCount();
    await invoke(caller, path, input);
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await test.database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({
      actorUserId: role ? users[role] : fixtures.probeUserId,
      agencyId: "police",
      sourceAddress: "127.0.0.1",
    });
  });

  it("refuses to edit or delete audit entries, even with direct SQL", async () => {
    await expect(test.database.db.update(auditLog).set({ action: "forged" })).rejects.toThrow();
    await expect(test.database.db.delete(auditLog)).rejects.toThrow();
  });
});
