/** Reads a GTFS feed's files from a folder or a .zip into the text map `parseGtfs` takes. */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { unzipSync } from "fflate";
import type { GtfsFiles } from "./gtfs-types";

/** Refuse an entry that declares more than this once inflated (a zip bomb, not a city's feed). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const decoder = new TextDecoder("utf-8");

/** The .txt entries of a GTFS zip, wherever they sit inside it (some feeds wrap them in a folder). */
export function unzipGtfs(bytes: Uint8Array): GtfsFiles {
  const entries = unzipSync(bytes, {
    filter(file) {
      if (!file.name.endsWith(".txt")) return false;
      if (file.originalSize > MAX_ENTRY_BYTES) throw new Error(`${file.name} inflates to ${file.originalSize} bytes`);
      return true;
    },
  });
  const files: GtfsFiles = {};
  for (const [name, data] of Object.entries(entries)) files[basename(name)] = decoder.decode(data);
  return files;
}

export async function readGtfsSource(path: string): Promise<GtfsFiles> {
  if (!(await stat(path)).isDirectory()) return unzipGtfs(await readFile(path));
  const files: GtfsFiles = {};
  for (const name of await readdir(path)) {
    if (name.endsWith(".txt")) files[name] = await readFile(join(path, name), "utf8");
  }
  return files;
}
