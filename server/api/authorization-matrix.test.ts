import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { ROLES, type Role } from "@/lib/domain/access";
import { allows, decisions, invoke, procedures, setUpAccessFixtures, type Fixtures } from "@/server/test/access-decisions";
import { callerFor } from "@/server/test/fixtures";

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) return error.code;
    throw error;
  }
}

describe("every procedure has an access decision", () => {
  it("lists exactly the router's procedures", () => {
    expect(Object.keys(decisions).sort()).toEqual(Object.keys(procedures).sort());
  });
});

describe.each(testDatabaseKinds)("authorization matrix on %s", (kind) => {
  let test: TestDatabase;
  let fixtures: Fixtures;
  let users: Record<Role, string>;
  let otherAdminId: string;
  let displayTokenId: string;
  let n = 0;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    ({ users, otherAdminId, displayTokenId, fixtures } = await setUpAccessFixtures(test.database));
  });
  afterAll(() => test?.cleanup());

  const callers: [string, Role | null][] = [["anonymous", null], ...ROLES.map((r) => [r, r] as [string, Role])];

  for (const path of Object.keys(decisions)) {
    it.each(callers)(`${path} as %s`, async (_name, role) => {
      const decision = decisions[path]!;
      const caller = await callerFor(test.database, role ? { userId: users[role] } : null);
      const input = await decision.input?.(fixtures, n++);
      const expected = allows(decision, role) ? "allowed" : role ? "FORBIDDEN" : "UNAUTHORIZED";
      expect(await outcome(() => invoke(caller, path, input))).toBe(expected);
    });
  }

  for (const path of Object.keys(decisions)) {
    it(`${path} as a kiosk display (read-only viewer)`, async () => {
      const decision = decisions[path]!;
      const caller = await callerFor(test.database, { displayTokenId });
      const input = await decision.input?.(fixtures, n++);
      expect(await outcome(() => invoke(caller, path, input))).toBe(allows(decision, "viewer") ? "allowed" : "FORBIDDEN");
    });
  }

  it.each(Object.entries(decisions).filter(([, d]) => d.ownedRecord))("%s is refused to an admin of another agency", async (path, decision) => {
    const caller = await callerFor(test.database, { userId: otherAdminId });
    expect(await outcome(async () => invoke(caller, path, await decision.input!(fixtures, n++)))).toBe("FORBIDDEN");
  });
});
