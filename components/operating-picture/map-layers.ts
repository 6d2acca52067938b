/** The map's layers as the operator switches them, in the order the panel lists them. */
export const MAP_LAYERS = [
  { key: "incidents", label: "Incidents" },
  { key: "units", label: "Units" },
  { key: "matatus", label: "Matatus" },
  { key: "sensors", label: "Sensors" },
  { key: "traffic", label: "Road speeds" },
  { key: "alerts", label: "Alert areas" },
  { key: "requests", label: "Service requests" },
  { key: "density", label: "Incident history" },
  { key: "wards", label: "Ward shading" },
  { key: "labels", label: "Labels" },
] as const;

export type MapLayerKey = (typeof MAP_LAYERS)[number]["key"];
export type LayerVisibility = Record<MapLayerKey, boolean>;

/** Everything live is on; the two area shadings start off because they cover the base map. */
export const DEFAULT_VISIBILITY: LayerVisibility = {
  incidents: true,
  units: true,
  matatus: true,
  sensors: true,
  traffic: true,
  alerts: true,
  requests: true,
  density: false,
  wards: false,
  labels: true,
};

export const isMapLayerKey = (key: string): key is MapLayerKey => MAP_LAYERS.some((layer) => layer.key === key);
