import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { startDuties } from "./background";
import type { Duty } from "./duty";

const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
};

/** Two worker processes sharing one PostgreSQL: each duty runs in exactly one of them. */
describe.runIf(process.env.TEST_DATABASE_URL)("background duties on postgres", () => {
  let test: TestDatabase;
  let secondWorker: Database;
  beforeAll(async () => {
    test = await openTestDatabase("postgres");
    secondWorker = await openDatabase({ databaseUrl: test.database.url! });
  });
  afterAll(async () => {
    await secondWorker?.close();
    await test?.cleanup();
  });

  it("runs a duty once, and another worker takes over when the holder stops", async () => {
    const running: string[] = [];
    const dutyFor = (worker: string): Duty => ({
      name: "simulator",
      start: async () => {
        running.push(worker);
        return async () => void running.splice(running.indexOf(worker), 1);
      },
    });
    const context = (database: Database) => ({ database, mqttUrl: "mqtt://unused", appUrl: "http://unused", log: () => {} });
    const stopFirst = startDuties(test.database, [dutyFor("first")], context(test.database), 100);
    await waitFor(() => running.length === 1);
    const stopSecond = startDuties(secondWorker, [dutyFor("second")], context(secondWorker), 100);
    await new Promise((r) => setTimeout(r, 400));
    expect(running).toEqual(["first"]);

    await stopFirst();
    await waitFor(() => running.length === 1);
    expect(running).toEqual(["second"]);
    await stopSecond();
  });
});
