import { insertRows } from "@/db/insert-rows";
import { roads } from "@/db/schema";
import { buildRoads } from "./build-roads";
import type { SeedStep } from "./seed-step";

export const loadRoads: SeedStep = {
  name: "roads",
  tables: [roads],
  async run(db, city, note) {
    const { rows, reversedTwins } = buildRoads(city);
    if (reversedTwins) note(`${reversedTwins} CBD street edges skipped: the reverse direction of a two-way street already loaded`);
    await insertRows(db, roads, rows);
  },
};
