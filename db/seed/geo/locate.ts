/** The location columns every point row carries: lon/lat, its H3 cell and the ward holding it. */
import { latLngToCell } from "h3-js";
import type { AreaIndex } from "./area-index";

/** Res 9 (~0.1 km² cells): fine enough for "near", coarse enough for cheap "in area" sets (DESIGN.md). */
export const H3_RESOLUTION = 9;

/** Ward polygons leave slivers between neighbours (see AreaIndex.codeNear); 100 m closes them. */
const WARD_TOLERANCE_M = 100;

export interface Located {
  lon: number;
  lat: number;
  h3: string;
  wardCode: string | null;
}

export function locate(lon: number, lat: number, wards: AreaIndex): Located {
  return { lon, lat, h3: latLngToCell(lat, lon, H3_RESOLUTION), wardCode: wards.codeNear(lon, lat, WARD_TOLERANCE_M) };
}
