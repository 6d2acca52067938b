/** The map layers an operator can switch off, in the order the panel lists them. */
export const TOGGLEABLE_LAYERS = [
  { key: "incidents", label: "Incidents" },
  { key: "units", label: "Units" },
  { key: "sensors", label: "Sensors" },
  { key: "labels", label: "Labels" },
] as const;

export type ToggleableLayer = (typeof TOGGLEABLE_LAYERS)[number]["key"];
export type LayerVisibility = Record<ToggleableLayer, boolean>;

export const ALL_LAYERS_VISIBLE: LayerVisibility = { incidents: true, units: true, sensors: true, labels: true };
