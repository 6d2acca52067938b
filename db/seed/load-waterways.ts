import { insertRows } from "@/db/insert-rows";
import { waterways } from "@/db/schema";
import { lineLengthM, type LonLat } from "./geo/haversine";
import type { SeedStep } from "./seed-step";

/** Rivers. GSHHG lines carry no names, so names stay null rather than guessed. */
export const loadWaterways: SeedStep = {
  name: "waterways",
  tables: [waterways],
  async run(db, city, note) {
    const rows = city.rivers.flatMap((feature, index) =>
      // GSHHG tiles leave zero-length stubs at tile edges: not rivers.
      lineLengthM(feature.geometry.coordinates as LonLat[]) > 0
        ? [{ id: `gshhg/${index + 1}`, name: null, source: "gshhg", geometry: feature.geometry }]
        : [],
    );
    if (rows.length < city.rivers.length) note(`${city.rivers.length - rows.length} zero-length river stubs skipped`);
    await insertRows(db, waterways, rows);
  },
};
