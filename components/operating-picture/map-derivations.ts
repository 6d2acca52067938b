import type { RoadSpeed } from "@/components/map/layers/road-speed-layer";
import type { UnitRoute } from "@/components/map/layers/unit-route-layer";
import { NO_READING, sensorBand } from "@/components/map/sensor-symbology";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import type { IncidentRow, SensorRow, TrafficRoadRow, UnitRow } from "./operating-queries";

/**
 * Each unit working an incident, with the way to it. A straight line until the dispatch
 * router's road paths are published to the browser: it still says who is heading where.
 */
export function unitRoutes(units: readonly UnitRow[], incidents: readonly IncidentRow[]): UnitRoute[] {
  const incidentsById = new Map(incidents.map((incident) => [incident.id, incident]));
  return units.flatMap((unit) => {
    const incident = unit.incidentId ? incidentsById.get(unit.incidentId) : undefined;
    if (!incident || unit.status === "on_scene") return [];
    return [{ unitId: unit.id, path: [[unit.lon, unit.lat], [incident.lon, incident.lat]], color: UNIT_STATUS_SYMBOLOGY[unit.status].color }];
  });
}

/** Traffic roads coloured by their sensor's latest speed against the road's limit. */
export function roadSpeeds(roads: readonly TrafficRoadRow[], sensors: readonly SensorRow[]): RoadSpeed[] {
  const sensorsById = new Map(sensors.map((sensor) => [sensor.id, sensor]));
  return roads.map((road) => {
    const sensor = sensorsById.get(road.sensorId);
    return { sensorId: road.sensorId, name: road.name, path: road.path, color: (sensor ? sensorBand(sensor) : NO_READING).color };
  });
}

/** Units that report a heading, so a parked unit does not point anywhere. */
export const unitsWithHeading = (units: readonly UnitRow[]) => units.filter((unit) => unit.headingDeg !== null);
