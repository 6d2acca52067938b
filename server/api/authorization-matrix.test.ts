import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { ROLES, type Role } from "@/lib/domain/access";
import { appRouter } from "@/server/api/root";
import { callerFor, insertAgency, insertUser, TEST_PASSWORD } from "@/server/test/fixtures";
import { createApiToken } from "@/server/services/access/manage-api-tokens";
import { createSharingGrant } from "@/server/services/access/manage-sharing-grants";
import { contextFor } from "@/server/test/fixtures";

/**
 * The access decision for EVERY procedure of the router. A procedure missing here fails the
 * suite, so nothing ships without someone deciding who may call it.
 */
type Fixtures = { probeEmail: string; targetUserId: string; newTokenId: () => Promise<string>; newGrantId: () => Promise<string> };
type Decision = {
  minimum: "public" | Role;
  input?: (f: Fixtures, n: number) => unknown | Promise<unknown>;
  /** Acts on one record of the caller's agency: an admin of another agency must be refused too. */
  ownedRecord?: boolean;
};

const decisions: Record<string, Decision> = {
  "auth.signIn": { minimum: "public", input: (f) => ({ email: f.probeEmail, password: TEST_PASSWORD }) },
  "auth.signOut": { minimum: "viewer" },
  "auth.me": { minimum: "public" },
  "agencies.list": { minimum: "viewer" },
  "users.list": { minimum: "admin" },
  "users.create": { minimum: "admin", input: (_f, n) => ({ email: `new-${n}@police.test`, name: "New", role: "viewer", password: "a long enough password" }) },
  "users.update": { minimum: "admin", ownedRecord: true, input: (f, n) => ({ userId: f.targetUserId, role: n % 2 ? "viewer" : "operator" }) },
  "apiTokens.list": { minimum: "admin" },
  "apiTokens.create": { minimum: "admin", input: (_f, n) => ({ kind: "integration", name: `token ${n}`, scopes: ["ingest:senml"] }) },
  "apiTokens.revoke": { minimum: "admin", ownedRecord: true, input: async (f) => ({ id: await f.newTokenId() }) },
  "sharing.list": { minimum: "admin" },
  "sharing.grant": { minimum: "admin", input: (_f, n) => ({ granteeAgencyId: "fire", domain: ["incidents", "units", "sensors", "feeds", "alerts", "transit"][n % 6] }) },
  "sharing.revoke": { minimum: "admin", ownedRecord: true, input: async (f) => ({ id: await f.newGrantId() }) },
  "audit.search": { minimum: "supervisor", input: () => ({}) },
  "places.wards": { minimum: "viewer" },
  "incidents.list": { minimum: "viewer", input: () => ({}) },
  "units.list": { minimum: "viewer" },
  "transit.routes": { minimum: "viewer" },
  "sensors.list": { minimum: "viewer" },
  "live.cursor": { minimum: "viewer" },
  "live.onChange": { minimum: "viewer", input: () => ({ topics: ["incidents"] }) },
};

const procedures = appRouter._def.procedures as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;
const rank = (role: Role) => ROLES.length - ROLES.indexOf(role);
const allows = (decision: Decision, role: Role | null) =>
  decision.minimum === "public" || (role !== null && rank(role) >= rank(decision.minimum));

type Caller = Awaited<ReturnType<typeof callerFor>>;
async function invoke(caller: Caller, path: string, input: unknown) {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
  const result = await fn(input);
  // A subscription is refused before it yields; close an allowed one at once.
  if (result && typeof result === "object" && Symbol.asyncIterator in result) await (result as AsyncGenerator).return?.(undefined);
  return result;
}

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
  const users: Partial<Record<Role, string>> = {};
  let otherAdminId: string;
  let displayTokenId: string;
  let n = 0;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    const { database } = test;
    await insertAgency(database, "police", "police");
    await insertAgency(database, "fire", "fire");
    for (const role of ROLES) users[role] = (await insertUser(database, "police", role)).id;
    otherAdminId = (await insertUser(database, "fire", "admin")).id;
    const probe = await insertUser(database, "police", "viewer", "probe@police.test");
    const target = await insertUser(database, "police", "viewer", "target@police.test");
    const adminCtx = await contextFor(database, { userId: users.admin! });
    const adminActor = { userId: users.admin!, label: "admin", agencyId: "police", sourceAddress: null };
    displayTokenId = (await createApiToken(database.db, adminCtx.session!, adminActor, { kind: "display", name: "wall", scopes: [] })).id;
    fixtures = {
      probeEmail: probe.email,
      targetUserId: target.id,
      newTokenId: async () => (await createApiToken(database.db, adminCtx.session!, adminActor, { kind: "integration", name: `t${n++}`, scopes: [] })).id,
      newGrantId: async () => {
        await insertAgency(database, `grantee-${++n}`, "water");
        return (await createSharingGrant(database.db, adminCtx.session!, adminActor, { granteeAgencyId: `grantee-${n}`, domain: "units" })).id;
      },
    };
  });
  afterAll(() => test?.cleanup());

  const callers: [string, Role | null][] = [["anonymous", null], ...ROLES.map((r) => [r, r] as [string, Role])];

  for (const path of Object.keys(decisions)) {
    it.each(callers)(`${path} as %s`, async (_name, role) => {
      const decision = decisions[path]!;
      const caller = await callerFor(test.database, role ? { userId: users[role]! } : null);
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
