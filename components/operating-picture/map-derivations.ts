import type { RoadSpeed } from "@/components/map/layers/road-speed-layer";
import type { UnitRoute } from "@/components/map/layers/unit-route-layer";
import { NO_READING, sensorBand } from "@/components/map/sensor-symbology";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import type { IncidentRow, SensorRow, TrafficRoadRow, UnitRow } from "./operating-queries";

/**
 * Each unit travelling to an incident, with the way there: the dispatch router's road route,
 * or a straight line while none has come (or the router could not place the unit on a road).
 */
export function unitRoutes(units: readonly UnitRow[], incidents: readonly IncidentRow[], routed: ReadonlyMap<string, [number, number][]>): UnitRoute[] {
  const incidentsById = new Map(incidents.map((incident) => [incident.id, incident]));
  return units.flatMap((unit) => {
    const incident = unit.incidentId ? incidentsById.get(unit.incidentId) : undefined;
    if (!incident || (unit.status !== "dispatched" && unit.status !== "en_route")) return [];
    const path = routed.get(unit.id) ?? [[unit.lon, unit.lat], [incident.lon, incident.lat]];
    return [{ unitId: unit.id, path, color: UNIT_STATUS_SYMBOLOGY[unit.status].color }];
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
