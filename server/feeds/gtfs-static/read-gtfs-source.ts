/** Reads a GTFS feed from a folder or a .zip: its version, and its files as the text map `parseGtfs` takes. */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { unzip } from "fflate";
import type { GtfsFiles } from "./gtfs-types";

/** Refuse an entry that declares more than this once inflated (a zip bomb, not a city's feed). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const decoder = new TextDecoder("utf-8");

export interface GtfsSource {
  /** sha-256 (hex) of the source's bytes: the zip's, or a folder's .txt files (name and content) in name order. */
  version: string;
  /** The .txt files as text. A zip is unpacked only when asked, so checking an unchanged feed's version stays cheap. */
  files(): Promise<GtfsFiles>;
}

/**
 * The .txt entries of a GTFS zip, wherever they sit inside it (some feeds wrap them in a folder).
 * Inflated off the event loop (fflate's worker threads): a city's feed is hundreds of megabytes.
 */
export async function unzipGtfs(bytes: Uint8Array): Promise<GtfsFiles> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = await new Promise((resolve, reject) => {
      const filter = (file: { name: string; originalSize: number }) => {
        if (!file.name.endsWith(".txt")) return false;
        if (file.originalSize > MAX_ENTRY_BYTES) throw new Error(`${file.name} inflates to ${file.originalSize} bytes`);
        return true;
      };
      unzip(bytes, { filter }, (error, unzipped) => (error ? reject(error) : resolve(unzipped)));
    });
  } catch (error) {
    throw new Error(`not a readable GTFS zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  const files: GtfsFiles = {};
  for (const [name, data] of Object.entries(entries)) files[basename(name)] = decoder.decode(data);
  return files;
}

/** A zip's bytes as a source (a downloaded feed, or a zip on disk). */
export function gtfsZipSource(bytes: Uint8Array): GtfsSource {
  return { version: createHash("sha256").update(bytes).digest("hex"), files: () => unzipGtfs(bytes) };
}

export async function readGtfsSource(path: string): Promise<GtfsSource> {
  if (!(await stat(path)).isDirectory()) return gtfsZipSource(await readFile(path));
  const names = (await readdir(path)).filter((name) => name.endsWith(".txt")).sort();
  const contents = await Promise.all(names.map((name) => readFile(join(path, name))));
  const hash = createHash("sha256");
  // Name and length delimit each file, so moving bytes from one file to the next changes the version too.
  names.forEach((name, i) => hash.update(`${name}\0${contents[i]!.byteLength}\0`).update(contents[i]!));
  return {
    version: hash.digest("hex"),
    files: async () => Object.fromEntries(names.map((name, i) => [name, decoder.decode(contents[i]!)])),
  };
}
