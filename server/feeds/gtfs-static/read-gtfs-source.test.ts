import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readGtfsSource, unzipGtfs } from "./read-gtfs-source";

const STOPS = "stop_id,stop_name,stop_lat,stop_lon\r\n0711RWY,Railways,-1.290475,36.82801\r\n";

describe("readGtfsSource", () => {
  it("reads the .txt files of a folder", async () => {
    const files = await readGtfsSource(join(process.cwd(), "db/seed/nairobi/gtfs"));
    expect(Object.keys(files).sort()).toEqual(["agency.txt", "calendar.txt", "routes.txt", "shapes.txt", "stop_times.txt", "stops.txt", "trips.txt"]);
  });

  it("reads a zip, including one that wraps the files in a folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gtfs-"));
    const path = join(dir, "feed.zip");
    writeFileSync(path, zipSync({ "nairobi/stops.txt": strToU8(STOPS), "nairobi/README.md": strToU8("not GTFS") }));
    try {
      expect(await readGtfsSource(path)).toEqual({ "stops.txt": STOPS });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => unzipGtfs(strToU8("stop_id\n"))).toThrow();
  });
});
