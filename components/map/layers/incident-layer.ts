import { IconLayer } from "@deck.gl/layers";
import type { Priority } from "@/lib/domain/incidents";
import { getIconAtlas } from "../icon-atlas";
import { INCIDENT_ICONS } from "../map-icons";

export interface IncidentPoint {
  id: string;
  lon: number;
  lat: number;
  priority: number;
}

export interface IncidentLayerOptions {
  visible: boolean;
  /** The incident picked in the list is drawn larger. */
  selectedId: string | null;
}

const SIZE_BY_PRIORITY: Record<Priority, number> = { 1: 30, 2: 26, 3: 22, 4: 20 };
const SELECTED_SIZE = 40;

/** Active incidents: a warning triangle coloured and sized by priority. */
export function createIncidentLayer<T extends IncidentPoint>(data: readonly T[], { visible, selectedId }: IncidentLayerOptions) {
  const { atlas, mapping } = getIconAtlas();
  return new IconLayer<T>({
    id: "incidents",
    data,
    visible,
    pickable: true,
    iconAtlas: atlas,
    iconMapping: mapping,
    getPosition: (d) => [d.lon, d.lat],
    getIcon: (d) => INCIDENT_ICONS[d.priority as Priority].id,
    getSize: (d) => (d.id === selectedId ? SELECTED_SIZE : SIZE_BY_PRIORITY[d.priority as Priority]),
    sizeUnits: "pixels",
    updateTriggers: { getSize: selectedId },
  });
}
