import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { readGtfsSource, unzipGtfs } from "./read-gtfs-source";
import { NAIROBI_GTFS } from "./testing/nairobi-sample";

const STOPS = "stop_id,stop_name,stop_lat,stop_lon\r\n0711RWY,Railways,-1.290475,36.82801\r\n";

describe("readGtfsSource", () => {
  const dir = mkdtempSync(join(tmpdir(), "gtfs-"));
  afterAll(() => rmSync(dir, { recursive: true }));

  it("reads the .txt files of a folder", async () => {
    const files = await (await readGtfsSource(NAIROBI_GTFS)).files();
    expect(Object.keys(files).sort()).toEqual(["agency.txt", "calendar.txt", "routes.txt", "shapes.txt", "stop_times.txt", "stops.txt", "trips.txt"]);
  });

  it("reads a zip, including one that wraps the files in a folder; its version is the sha-256 of its bytes", async () => {
    const path = join(dir, "feed.zip");
    const bytes = zipSync({ "nairobi/stops.txt": strToU8(STOPS), "nairobi/README.md": strToU8("not GTFS") });
    writeFileSync(path, bytes);
    const source = await readGtfsSource(path);
    expect(await source.files()).toEqual({ "stops.txt": STOPS });
    expect(source.version).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("unpacks a whole city's zip to the same files as its folder", async () => {
    // shapes.txt inflates past 512 kB, which fflate hands to a worker thread.
    const folder = await (await readGtfsSource(NAIROBI_GTFS)).files();
    const zip = zipSync(Object.fromEntries(Object.entries(folder).map(([name, text]) => [name, strToU8(text!)])));
    expect(await unzipGtfs(zip)).toEqual(folder);
  });

  it("versions a folder by its .txt files: the same files give the same version, any change another", async () => {
    const copy = join(dir, "copy");
    cpSync(NAIROBI_GTFS, copy, { recursive: true });
    const original = (await readGtfsSource(NAIROBI_GTFS)).version;
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect((await readGtfsSource(copy)).version).toBe(original);
    writeFileSync(join(copy, "notes.md"), "not part of the feed");
    expect((await readGtfsSource(copy)).version).toBe(original);
    writeFileSync(join(copy, "agency.txt"), "agency_id,agency_name,agency_url,agency_timezone\r\nUON,Nairobi,http://x,Africa/Nairobi\r\n");
    expect((await readGtfsSource(copy)).version).not.toBe(original);
  });

  it("refuses bytes that are not a zip, saying so", async () => {
    await expect(unzipGtfs(strToU8("stop_id\n"))).rejects.toThrow(/not a readable GTFS zip/);
  });

  it("fails on a path that does not exist", async () => {
    await expect(readGtfsSource(join(dir, "missing"))).rejects.toThrow(/ENOENT/);
  });
});
