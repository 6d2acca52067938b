import { IconLayer } from "@deck.gl/layers";
import type { IncidentType, Priority } from "@/lib/domain/incidents";
import { getIconAtlas } from "../icon-atlas";
import { incidentIconId } from "../map-icons";

export interface IncidentPoint {
  id: string;
  type: IncidentType;
  lon: number;
  lat: number;
  priority: number;
}

export interface IncidentLayerOptions {
  visible: boolean;
  /** The selected incident is drawn larger. */
  selectedId: string | null;
}

const SIZE_BY_PRIORITY: Record<Priority, number> = { 1: 34, 2: 30, 3: 26, 4: 24 };
const SELECTED_SIZE = 44;

/** Active incidents: a warning triangle in the priority's colour with the type's pictogram. */
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
    getIcon: (d) => incidentIconId(d.type, d.priority as Priority),
    getSize: (d) => (d.id === selectedId ? SELECTED_SIZE : SIZE_BY_PRIORITY[d.priority as Priority]),
    sizeUnits: "pixels",
    updateTriggers: { getSize: selectedId },
  });
}
