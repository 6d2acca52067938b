import { insertRows } from "@/db/insert-rows";
import { agencies } from "@/db/schema";
import type { SeedStep } from "./seed-step";

/** Agencies from city.json. The bodies are real; their CityDeck records are ours, so synthetic. */
export const loadAgencies: SeedStep = {
  name: "agencies",
  tables: [agencies],
  async run(db, city) {
    await insertRows(
      db,
      agencies,
      city.config.agencies.map((agency) => ({ ...agency, synthetic: true })),
    );
  },
};
