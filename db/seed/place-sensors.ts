/**
 * Where the synthetic sensors stand. Every draw comes from a PRNG seeded by the city and the
 * sensor kind, so a re-run (or another machine) places every sensor at the same spot.
 */
import type { SensorConfig } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import type { RoadRow } from "./build-roads";
import type { CityData } from "./city-data";
import { wardCode } from "./city-data";
import { labelPoint } from "./geo/label-point";
import { pointAlong, type LonLat } from "./geo/haversine";
import { mulberry32, seedFrom, type Random } from "./geo/prng";
import { evenlyAlongInside, lineSampler, randomPointIn } from "./geo/sample-points";
import { textProperty } from "./read-geojson";

export interface PlacedSensor {
  id: string;
  kind: SensorKind;
  name: string;
  lon: number;
  lat: number;
  roadId: string | null;
  config: SensorConfig;
}

const COUNTS = {
  noise: { osm_major: 15, osm_cbd: 15 },
  streetlight_circuit: { osm_major: 40, osm_cbd: 20 },
  water_level: 12,
  substation_load: 20,
  waste_bin_fill: 80,
};
const MAX_DRAWS_PER_SENSOR = 1000;
const SUBSTATION_MVA = [23, 45, 60, 90];
const BIN_LITRES = [240, 660, 1100];

const number = (n: number) => String(n).padStart(2, "0");
const choose = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Kenya's Traffic Act: 50 km/h in built-up areas unless signed; Nairobi's highways are signed 80. */
const defaultSpeedKph = (highway: string) => (/^(motorway|trunk)/.test(highway) ? 80 : 50);

export function placeSensors(city: CityData, roads: RoadRow[]): PlacedSensor[] {
  const inCounty = (lon: number, lat: number) => city.wardIndex.codeAt(lon, lat) !== null;
  const wardNames = new Map(city.wards.map((w) => [wardCode(w), textProperty(w.properties, "ward_name") ?? ""]));
  const wardAt = (lon: number, lat: number) => wardNames.get(city.wardIndex.codeAt(lon, lat)) ?? city.config.name;
  const randomFor = (kind: SensorKind) => mulberry32(seedFrom(`${city.config.name}/${kind}`));
  const named = roads
    .filter((road) => road.name !== null)
    .map((road) => ({ ...road, coordinates: road.geometry.coordinates as LonLat[] }));

  /** Sensors along named roads of each source, re-drawn until inside the county. */
  function alongRoads(kind: SensorKind, label: string, perSource: Record<RoadRow["source"], number>, config: (r: Random) => SensorConfig) {
    const random = randomFor(kind);
    const placed: PlacedSensor[] = [];
    for (const [source, count] of Object.entries(perSource)) {
      const sample = lineSampler(named.filter((road) => road.source === source));
      let placedHere = 0;
      for (let draw = 0; placedHere < count; draw++) {
        if (draw > count * MAX_DRAWS_PER_SENSOR) throw new Error(`${kind}: too few ${source} roads inside the county`);
        const { line, point } = sample(random);
        if (!inCounty(point[0], point[1])) continue;
        placedHere++;
        const n = number(placed.length + 1);
        const [lon, lat] = point;
        placed.push({ id: `${kind.replaceAll("_", "-")}-${n}`, kind, name: `${label} ${n}, ${line.name}`, lon, lat, roadId: line.id, config: config(random) });
      }
    }
    return placed;
  }

  const airQuality = city.wards.map((ward): PlacedSensor => {
    const [lon, lat] = labelPoint(ward.geometry);
    return { id: `air-quality-${wardCode(ward)}`, kind: "air_quality", name: `PM2.5 monitor, ${wardAt(lon, lat)}`, lon, lat, roadId: null, config: {} };
  });

  const riverRandom = randomFor("water_level");
  const rivers = city.rivers.map((river) => river.geometry.coordinates as LonLat[]);
  const waterLevel = evenlyAlongInside(rivers, COUNTS.water_level, inCounty).map(([lon, lat], i): PlacedSensor => {
    // Stages rise from a bank-full "action" level that differs by channel shape.
    const action = round1(1.2 + riverRandom() * 0.6);
    const floodStagesM = { action, minor: round1(action + 0.5), moderate: round1(action + 1), major: round1(action + 1.6) };
    return { id: `water-level-${number(i + 1)}`, kind: "water_level", name: `River gauge ${number(i + 1)}, ${wardAt(lon, lat)}`, lon, lat, roadId: null, config: { floodStagesM } };
  });

  const substationRandom = randomFor("substation_load");
  const substations = Array.from({ length: COUNTS.substation_load }, (_, i): PlacedSensor => {
    const [lon, lat] = randomPointIn(substationRandom, city.wardIndex.bbox, inCounty)!;
    const config = { capacityMva: choose(substationRandom, SUBSTATION_MVA) };
    return { id: `substation-load-${number(i + 1)}`, kind: "substation_load", name: `Substation ${number(i + 1)}, ${wardAt(lon, lat)}`, lon, lat, roadId: null, config };
  });

  // Bins: one in each of a shuffled selection of wards, so they spread across the whole county.
  const binRandom = randomFor("waste_bin_fill");
  const shuffled = [...city.wards].map((ward) => ({ ward, key: binRandom() })).sort((a, b) => a.key - b.key);
  const bins = Array.from({ length: COUNTS.waste_bin_fill }, (_, i): PlacedSensor => {
    const code = wardCode(shuffled[i % shuffled.length]!.ward)!;
    const [lon, lat] = randomPointIn(binRandom, city.wardIndex.bboxOf(code)!, (x, y) => city.wardIndex.codeAt(x, y) === code)!;
    const config = { binLitres: choose(binRandom, BIN_LITRES) };
    return { id: `waste-bin-fill-${number(i + 1)}`, kind: "waste_bin_fill", name: `Smart bin ${number(i + 1)}, ${wardNames.get(code)}`, lon, lat, roadId: null, config };
  });

  // Traffic stations: a speed and a count sensor at the middle of each corridor's longest segment.
  const traffic = city.config.trafficCorridors.flatMap((corridor, i): PlacedSensor[] => {
    const segment = named
      .filter((road) => road.name === corridor)
      .map((road) => ({ road, middle: pointAlong(road.coordinates, road.lengthM / 2) }))
      .filter(({ middle }) => inCounty(middle[0], middle[1]))
      .sort((a, b) => b.road.lengthM - a.road.lengthM || a.road.id.localeCompare(b.road.id))[0];
    if (!segment) throw new Error(`traffic corridor "${corridor}" matches no road inside the county`);
    const { road, middle } = segment;
    const config = { speedLimitKph: road.maxspeedKph ?? defaultSpeedKph(road.highway) };
    const base = { lon: middle[0], lat: middle[1], roadId: road.id, config };
    return [
      { ...base, id: `traffic-speed-${number(i + 1)}`, kind: "traffic_speed", name: `Traffic speed, ${corridor}` },
      { ...base, id: `traffic-count-${number(i + 1)}`, kind: "traffic_count", name: `Traffic count, ${corridor}` },
    ];
  });

  return [
    ...airQuality,
    ...alongRoads("noise", "Noise monitor", COUNTS.noise, () => ({})),
    ...waterLevel,
    ...substations,
    ...alongRoads("streetlight_circuit", "Street-light circuit", COUNTS.streetlight_circuit, (r) => ({ circuitLamps: 20 + Math.floor(r() * 41) })),
    ...bins,
    ...traffic,
  ];
}
