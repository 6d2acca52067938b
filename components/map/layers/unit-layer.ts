import { IconLayer } from "@deck.gl/layers";
import type { UnitStatus, UnitType } from "@/lib/domain/units";
import { getIconAtlas } from "../icon-atlas";
import { unitIconId } from "../map-icons";

export interface UnitPoint {
  id: string;
  type: UnitType;
  lon: number;
  lat: number;
  status: UnitStatus;
}

export const UNIT_ICON_PX = 24;

/** Response units: a rounded square in the status colour with the unit type's pictogram. */
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
    getIcon: (d) => unitIconId(d.type, d.status),
    getSize: UNIT_ICON_PX,
    sizeUnits: "pixels",
  });
}
