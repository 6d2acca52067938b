import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { contextFor, insertAgency, insertUser } from "@/server/test/fixtures";
import { appRouter } from "./root";
import type { Context } from "./trpc";

/** What a client sees when something fails: a plain message, never a stack trace or SQL. */
describe("error responses", () => {
  let test: TestDatabase;
  let context: Context;
  beforeAll(async () => {
    test = await openTestDatabase("pglite");
    await insertAgency(test.database, "city", "command");
    context = await contextFor(test.database, { userId: (await insertUser(test.database, "city", "viewer")).id });
  });
  afterAll(() => test?.cleanup());

  const call = (path: string, input: unknown) =>
    fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`),
      router: appRouter,
      createContext: () => context,
    });

  it("an invalid input names the field, with no stack", async () => {
    const response = await call("incidents.list", { limit: 100000 });
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(body).toContain("limit");
    expect(body).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it("a database failure is a generic 500 that leaks no SQL", async () => {
    const broken: Context = { ...context, database: { ...context.database, db: new Proxy(context.database.db, { get: () => { throw new Error('relation "incidents" violates select * from secret_table'); } }) } };
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/units.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`),
      router: appRouter,
      createContext: () => broken,
      onError: () => {},
    });
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).toContain("Something went wrong on the server.");
    expect(body).not.toMatch(/secret_table|select|stack/i);
  });
});
