import { z } from "zod";

export const SENSOR_KINDS = [
  "air_quality",
  "noise",
  "water_level",
  "substation_load",
  "streetlight_circuit",
  "waste_bin_fill",
  "traffic_speed",
  "traffic_count",
] as const;
export type SensorKind = (typeof SENSOR_KINDS)[number];

/** The unit each kind reports in, and its expected reporting cadence in seconds. */
export const SENSOR_KIND_INFO: Record<SensorKind, { unit: string; cadenceS: number; label: string }> = {
  air_quality: { unit: "ug/m3", cadenceS: 60, label: "PM2.5" },
  noise: { unit: "dB", cadenceS: 60, label: "Noise" },
  water_level: { unit: "m", cadenceS: 60, label: "River level" },
  substation_load: { unit: "%", cadenceS: 60, label: "Substation load" },
  streetlight_circuit: { unit: "/", cadenceS: 300, label: "Street-light circuit" },
  waste_bin_fill: { unit: "%", cadenceS: 600, label: "Waste bin fill" },
  traffic_speed: { unit: "km/h", cadenceS: 60, label: "Traffic speed" },
  traffic_count: { unit: "veh/min", cadenceS: 60, label: "Traffic count" },
};

export const ListSensorsInput = z.object({
  kind: z.array(z.enum(SENSOR_KINDS)).optional(),
  wardCode: z.string().max(16).optional(),
});
export type ListSensorsInput = z.infer<typeof ListSensorsInput>;

export const SensorId = z.string().min(1).max(80);

export const GetSensorInput = z.object({ id: SensorId });
export type GetSensorInput = z.infer<typeof GetSensorInput>;
