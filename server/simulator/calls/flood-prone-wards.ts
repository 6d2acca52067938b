/**
 * Where flooding calls come from. The river data has no Nairobi River, so the low, riverside
 * informal settlements that flood in every long-rains season are named here: Mathare and
 * Korogocho on the Mathare and Nairobi rivers, Kibra's wards on the Ngong River, the Mukuru
 * settlements on the Ngong River in Embakasi South, and Githurai. Wards holding river gauges
 * are added from the data, so a city with no such list still floods by its rivers.
 */
import type { SimSensor } from "../city/load-city";
import type { SimWard, WardAreas } from "../city/ward-areas";

const FLOOD_PRONE_WARD_NAMES = [
  "MABATINI",
  "MLANGO KUBWA",
  "HOSPITAL",
  "KIAMAIKO",
  "MATHARE NORTH",
  "KOROGOCHO",
  "LINDI",
  "MAKINA",
  "SARANGOMBE",
  "KWA NJENGA",
  "KWA REUBEN",
  "VIWANDANI",
  "GITHURAI",
];

export function floodProneWards(wards: WardAreas, sensors: readonly SimSensor[]): SimWard[] {
  const gaugeWards = new Set(sensors.filter((sensor) => sensor.kind === "water_level").map((sensor) => sensor.wardCode));
  const named = wards.named(FLOOD_PRONE_WARD_NAMES);
  return wards.list.filter((ward) => named.includes(ward) || gaugeWards.has(ward.code));
}
