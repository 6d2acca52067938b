/** The city's wards as the simulator uses them: where a point is, random points inside one, names. */
import type { MultiPolygon, Polygon } from "geojson";
import { AreaIndex } from "@/db/seed/geo/area-index";
import { randomPointIn } from "@/db/seed/geo/sample-points";
import type { LonLat } from "../geo/polyline";
import type { Random } from "../random";

export interface SimWard {
  code: string;
  name: string;
  constituencyName: string;
  geometry: Polygon | MultiPolygon;
  /** Label point, inside the polygon. */
  center: LonLat;
}

export class WardAreas {
  readonly list: readonly SimWard[];
  private readonly index: AreaIndex;
  private readonly byCode: Map<string, SimWard>;

  constructor(wards: SimWard[]) {
    if (wards.length === 0) throw new Error("the city has no wards: seed it first");
    this.list = wards;
    this.index = new AreaIndex(wards);
    this.byCode = new Map(wards.map((ward) => [ward.code, ward]));
  }

  get(code: string): SimWard {
    const ward = this.byCode.get(code);
    if (!ward) throw new RangeError(`unknown ward ${code}`);
    return ward;
  }

  codeAt(point: LonLat): string | null {
    return this.index.codeAt(point[0], point[1]);
  }

  /** A uniform random point inside the ward (its label point if the polygon is degenerate). */
  randomPointIn(random: Random, code: string): LonLat {
    const bbox = this.index.bboxOf(code);
    const inside = (lon: number, lat: number) => this.index.codeAt(lon, lat) === code;
    return (bbox && randomPointIn(random, bbox, inside, 200)) || this.get(code).center;
  }

  /** Wards whose constituency name starts with `prefix` (case-insensitive). */
  inConstituencies(prefix: string): SimWard[] {
    return this.list.filter((ward) => ward.constituencyName.toUpperCase().startsWith(prefix.toUpperCase()));
  }

  named(names: readonly string[]): SimWard[] {
    const wanted = new Set(names.map((name) => name.toUpperCase()));
    return this.list.filter((ward) => wanted.has(ward.name.toUpperCase()));
  }
}

/** "MLANGO KUBWA" → "Mlango Kubwa", for addresses and alert texts. */
export function displayName(name: string): string {
  return name.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}
