/** Constituencies and wards, each ward with a label point inside its polygon. */
import { latLngToCell } from "h3-js";
import { insertRows } from "@/db/insert-rows";
import { constituencies, wards } from "@/db/schema";
import { wardCode } from "./city-data";
import { AreaIndex } from "./geo/area-index";
import { labelPoint } from "./geo/label-point";
import { H3_RESOLUTION } from "./geo/locate";
import { textProperty } from "./read-geojson";
import type { SeedStep } from "./seed-step";

export const loadPlaces: SeedStep = {
  name: "places",
  tables: [constituencies, wards],
  async run(db, city, note) {
    const constituencyRows = city.constituencies.map((feature) => ({
      code: textProperty(feature.properties, "CONST_CODE") ?? "",
      name: textProperty(feature.properties, "CONSTITUEN") ?? "",
      geometry: feature.geometry,
    }));
    const bad = constituencyRows.filter((row) => !row.code || !row.name);
    if (bad.length) throw new Error(`${bad.length} constituencies lack CONST_CODE or CONSTITUEN`);
    await insertRows(db, constituencies, constituencyRows);

    const known = new Set(constituencyRows.map((row) => row.code));
    const byArea = new AreaIndex(constituencyRows);
    const wardRows = city.wards.map((feature) => {
      const code = wardCode(feature);
      const name = textProperty(feature.properties, "ward_name");
      if (!code || !name) throw new Error(`a ward lacks ward_code or ward_name: ${JSON.stringify(feature.properties)}`);
      const [lon, lat] = labelPoint(feature.geometry);
      let constituencyCode = textProperty(feature.properties, "constituency_code");
      if (!constituencyCode || !known.has(constituencyCode)) {
        // The two files come from different IEBC exports: fall back to where the ward lies.
        const found = byArea.codeAt(lon, lat);
        if (!found) throw new Error(`ward ${code}: constituency ${constituencyCode} unknown and label point in none`);
        note(`ward ${code}: constituency_code ${constituencyCode} unknown, placed in ${found} by position`);
        constituencyCode = found;
      }
      return { code, name, constituencyCode, geometry: feature.geometry, lon, lat, h3: latLngToCell(lat, lon, H3_RESOLUTION) };
    });
    await insertRows(db, wards, wardRows);
  },
};
