/** Test support: small, self-consistent slices of the real Nairobi GTFS feed, bytes as shipped. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GtfsFiles } from "../gtfs-types";

export const NAIROBI_GTFS = join(process.cwd(), "db/seed/nairobi/gtfs");

/** Real lines of a Nairobi file (CRLF): the header plus the first `count` rows, or the rows of `ids`. */
function lines(file: string, pick: number | string[]) {
  const [header, ...rows] = readFileSync(join(NAIROBI_GTFS, file), "utf8").split("\r\n");
  const kept = typeof pick === "number" ? rows.slice(0, pick) : rows.filter((row) => pick.includes(row.split(",")[0]!));
  return [header, ...kept].join("\r\n") + "\r\n";
}

/** Two routes, their first trip, its first stops and their station, and a few shape points. */
export function nairobiSample(): GtfsFiles {
  return {
    "routes.txt": lines("routes.txt", 2),
    "stops.txt": lines("stops.txt", ["0001RLW", "0004ODN", "0711RWY", "0811ODE", "0801CHR", "0811WST", "0811SAF", "0811ABC"]),
    "trips.txt": lines("trips.txt", 2),
    "stop_times.txt": lines("stop_times.txt", 5),
    "shapes.txt": lines("shapes.txt", 3),
  };
}
