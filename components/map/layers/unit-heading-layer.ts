import { IconLayer } from "@deck.gl/layers";
import { getIconAtlas } from "../icon-atlas";
import { HEADING_ICON } from "../map-icons";
import { UNIT_ICON_PX } from "./unit-layer";

export interface HeadingPoint {
  lon: number;
  lat: number;
  headingDeg: number | null;
}

/** The chevron sits just outside the unit's square, so it is drawn a little larger than the square. */
const HEADING_PX = UNIT_ICON_PX + 10;

/**
 * Where each moving unit is heading: a chevron turned around the unit's icon. Units that report
 * no heading (parked at base) get none.
 */
export function createUnitHeadingLayer<T extends HeadingPoint>(data: readonly T[], { visible }: { visible: boolean }) {
  const { atlas, mapping } = getIconAtlas();
  return new IconLayer<T>({
    id: "unit-headings",
    data,
    visible,
    iconAtlas: atlas,
    iconMapping: mapping,
    getPosition: (d) => [d.lon, d.lat],
    getIcon: () => HEADING_ICON.id,
    // Headings are clockwise from north; deck.gl turns icons counter-clockwise.
    getAngle: (d) => -(d.headingDeg ?? 0),
    getSize: (d) => (d.headingDeg === null ? 0 : HEADING_PX),
    sizeUnits: "pixels",
  });
}
