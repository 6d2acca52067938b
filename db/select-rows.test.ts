/**
 * selectRows's prepared reads must return exactly what the plain ones do, on both databases, and
 * on PostgreSQL really run as a prepared statement (the point of asking for one).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, selectRows, type Database, type Db } from "./client";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "./test-database";

describe.each(testDatabaseKinds)("selectRows on %s", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test?.cleanup());

  const query = (from: number) =>
    sql`select n, n * 0.5 as half, timestamptz '2026-11-29T12:00:00Z' + n * interval '1 hour' as at from generate_series(${from}::int, 3) n`;

  it("returns the same rows, typed the same, prepared or not", async () => {
    const plain = await selectRows(test.database.db, query(1));
    const prepared = await selectRows(test.database.db, query(1), { prepared: true });
    expect(prepared).toEqual(plain);
    expect([...plain]).toHaveLength(3);
    // Parameters still bind per call: the same text with another value.
    expect(await selectRows(test.database.db, query(3), { prepared: true })).toEqual(await selectRows(test.database.db, query(3)));
  });
});

describe.each(testDatabaseKinds.filter((kind) => kind === "postgres"))("selectRows's prepared reads on %s", (kind) => {
  let test: TestDatabase;
  let oneConnection: Database;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
    // One connection, so the read of pg_prepared_statements (a per-session view) sees what it prepared.
    process.env.DATABASE_POOL_SIZE = "1";
    oneConnection = await openDatabase({ databaseUrl: test.database.url! });
    delete process.env.DATABASE_POOL_SIZE;
  });
  afterAll(async () => {
    await oneConnection?.close();
    await test?.cleanup();
  });

  const prepared = (db: Db) => selectRows<{ n: number }>(db, sql`select count(*)::int as n from pg_prepared_statements where statement like '%prepared-read-marker%'`);

  it("are prepared statements on the server, and plain reads are not", async () => {
    await selectRows(oneConnection.db, sql`select 'prepared-read-marker' as marker, ${1}::int as one`);
    expect((await prepared(oneConnection.db))[0]!.n).toBe(0);
    await selectRows(oneConnection.db, sql`select 'prepared-read-marker' as marker, ${1}::int as one`, { prepared: true });
    await selectRows(oneConnection.db, sql`select 'prepared-read-marker' as marker, ${2}::int as one`, { prepared: true });
    expect((await prepared(oneConnection.db))[0]!.n).toBe(1);
  });
});
