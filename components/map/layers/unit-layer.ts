import { IconLayer } from "@deck.gl/layers";
import type { UnitStatus } from "@/lib/domain/units";
import { getIconAtlas } from "../icon-atlas";
import { UNIT_ICONS } from "../map-icons";

export interface UnitPoint {
  lon: number;
  lat: number;
  status: UnitStatus;
}

/** Response units: a square coloured by status. */
export function createUnitLayer<T extends UnitPoint>(data: readonly T[], { visible }: { visible: boolean }) {
  const { atlas, mapping } = getIconAtlas();
  return new IconLayer<T>({
    id: "units",
    data,
    visible,
    pickable: true,
    iconAtlas: atlas,
    iconMapping: mapping,
    getPosition: (d) => [d.lon, d.lat],
    getIcon: (d) => UNIT_ICONS[d.status].id,
    getSize: 20,
    sizeUnits: "pixels",
  });
}
