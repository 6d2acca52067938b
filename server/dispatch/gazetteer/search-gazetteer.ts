/**
 * Type-ahead search over the gazetteer, in memory: every query word must begin a word of the
 * place's name ("moi ken" finds "Kenyatta Avenue / Moi Avenue"); a name that begins with the
 * whole query ranks first, then word-prefix matches, then plain substring matches.
 */
import { distanceM } from "@/db/seed/geo/haversine";
import type { PlaceKind } from "@/lib/domain/dispatch";

export interface GazetteerEntry {
  kind: PlaceKind;
  name: string;
  lon: number;
  lat: number;
  /** The ward holding the place (raw IEBC name), when known. */
  wardName: string | null;
}

interface IndexedEntry extends GazetteerEntry {
  normalized: string;
  words: string[];
}

/** When names tie, the kinds a caller most often gives first. */
const KIND_ORDER: Record<PlaceKind, number> = {
  coordinates: 0,
  ward: 1,
  junction: 2,
  road: 3,
  hospital: 4,
  stop: 5,
  health_facility: 6,
  school: 7,
};

const normalize = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The same name and kind this close is one place mapped twice (a hospital's node and its building). */
const SAME_PLACE_M = 500;

export class Gazetteer {
  private readonly entries: IndexedEntry[] = [];

  constructor(entries: readonly GazetteerEntry[]) {
    const byName = new Map<string, IndexedEntry[]>();
    for (const entry of entries) {
      const normalized = normalize(entry.name);
      const key = `${entry.kind}|${normalized}`;
      const namesakes = byName.get(key) ?? [];
      const twin = namesakes.findIndex((other) => distanceM([other.lon, other.lat], [entry.lon, entry.lat]) < SAME_PLACE_M);
      const indexed = { ...entry, normalized, words: normalized.split(" ") };
      if (twin < 0) namesakes.push(indexed);
      else if (casingQuality(entry.name) > casingQuality(namesakes[twin]!.name)) namesakes[twin] = indexed;
      byName.set(key, namesakes);
    }
    for (const namesakes of byName.values()) this.entries.push(...namesakes);
  }

  get size() {
    return this.entries.length;
  }

  search(text: string, limit: number): GazetteerEntry[] {
    const query = normalize(text);
    if (!query) return [];
    const tokens = query.split(" ");
    const matches: { entry: IndexedEntry; rank: number }[] = [];
    for (const entry of this.entries) {
      const rank = matchRank(entry, query, tokens);
      if (rank !== null) matches.push({ entry, rank });
    }
    matches.sort(
      (a, b) => a.rank - b.rank || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.name.length - b.entry.name.length || a.entry.name.localeCompare(b.entry.name),
    );
    return matches.slice(0, limit).map(({ entry: { normalized: _n, words: _w, ...entry } }) => entry);
  }
}

/** "Kenyatta National Hospital" reads better than "kenyatta national hospital" or "KENYATTA NATIONAL HOSPITAL". */
const casingQuality = (name: string) => (name !== name.toLowerCase() && name !== name.toUpperCase() ? 1 : 0);

function matchRank(entry: IndexedEntry, query: string, tokens: string[]): number | null {
  if (entry.normalized === query) return 0;
  if (entry.normalized.startsWith(query)) return 1;
  if (tokens.every((token) => entry.words.some((word) => word.startsWith(token)))) return 2;
  if (entry.normalized.includes(query)) return 3;
  return null;
}
