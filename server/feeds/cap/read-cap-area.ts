/** Reads a CAP <area>: CAP writes "lat,lon" (latitude FIRST); records hold GeoJSON [lon, lat]. */
import type { Polygon, Position } from "geojson";
import { CAP_NAMESPACE, type CapArea, type CapCircle, type CapGeocode } from "./cap-types";
import { childrenNamed, requiredChildText } from "./xml-select";
import type { XmlElement } from "./xml-tree";
import { checkLonLat, fail } from "../validate";

/** WGS 84 decimal degrees or kilometres as CAP writes them: no exponents, hex or blanks. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** A ring needs three corners plus the closing point. */
const MIN_POLYGON_POINTS = 4;

export function readCapArea(area: XmlElement): CapArea {
  return {
    areaDesc: requiredChildText(area, CAP_NAMESPACE, "areaDesc"),
    polygons: childrenNamed(area, CAP_NAMESPACE, "polygon").map((polygon) => readPolygon(polygon.text)),
    circles: childrenNamed(area, CAP_NAMESPACE, "circle").map((circle) => readCircle(circle.text)),
    geocodes: childrenNamed(area, CAP_NAMESPACE, "geocode").map(readGeocode),
  };
}

function readPolygon(text: string): Polygon {
  const ring = text.split(/\s+/).filter(Boolean).map((pair) => readPoint(pair, "polygon"));
  if (ring.length < MIN_POLYGON_POINTS) fail(`polygon has ${ring.length} points, at least ${MIN_POLYGON_POINTS} are required`);
  const [first, last] = [ring[0]!, ring[ring.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) fail("polygon is not closed (first point differs from last)");
  return { type: "Polygon", coordinates: [ring] };
}

function readCircle(text: string): CapCircle {
  const [pair, radius, ...rest] = text.split(/\s+/);
  if (!pair || !radius || rest.length > 0) fail(`circle "${text.slice(0, 60)}" is not "lat,lon radius"`);
  const radiusKm = readDecimal(radius, "circle radius");
  if (radiusKm < 0) fail(`circle radius ${radiusKm} is negative`);
  return { center: readPoint(pair, "circle"), radiusKm };
}

function readGeocode(geocode: XmlElement): CapGeocode {
  return {
    valueName: requiredChildText(geocode, CAP_NAMESPACE, "valueName"),
    value: requiredChildText(geocode, CAP_NAMESPACE, "value"),
  };
}

function readPoint(pair: string, field: string): Position {
  const parts = pair.split(",");
  if (parts.length !== 2) fail(`${field} point "${pair.slice(0, 40)}" is not "lat,lon"`);
  const lat = readDecimal(parts[0]!, `${field} latitude`);
  const lon = readDecimal(parts[1]!, `${field} longitude`);
  return checkLonLat(lon, lat, field);
}

function readDecimal(text: string, field: string): number {
  if (!DECIMAL.test(text)) fail(`${field} "${text.slice(0, 40)}" is not a decimal number`);
  return Number(text);
}
