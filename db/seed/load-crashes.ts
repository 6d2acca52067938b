/** Historic road crashes inside the county, as closed incidents for heatmaps, replay and KPI baselines. */
import { insertRows } from "@/db/insert-rows";
import { incidents } from "@/db/schema";
import { parseCsv } from "@/server/feeds/gtfs-static/csv";
import { utcOffsetMinutes } from "./city-config";
import { crashToIncident, type IncidentRow } from "./crash-incident";
import type { SeedStep } from "./seed-step";

export const loadCrashes: SeedStep = {
  name: "history",
  tables: [incidents],
  async run(db, city, note) {
    if (city.crashesCsv === null) {
      note("no road crash history in this city folder");
      return;
    }
    const offset = utcOffsetMinutes(city.config.utcOffset);
    const rows: IncidentRow[] = [];
    let malformed = 0;
    let outside = 0;
    for (const record of parseCsv(city.crashesCsv).records) {
      const outcome = record.error ? ({ skipped: "malformed" } as const) : crashToIncident(record.values, city.wardIndex, offset);
      if ("row" in outcome) rows.push(outcome.row);
      else if (outcome.skipped === "outside") outside++;
      else malformed++;
    }
    note(`${rows.length} crash reports inside the county, ${outside} outside it skipped${malformed ? `, ${malformed} malformed skipped` : ""}`);
    await insertRows(db, incidents, rows);
  },
};
