import type { UnitStatus } from "@/lib/domain/units";
import type { Rgb } from "./rgb";

/** How each unit status looks on the map, the boards and the legend (its name: UNIT_STATUS_LABELS). */
export const UNIT_STATUS_SYMBOLOGY: Record<UnitStatus, { color: Rgb }> = {
  available: { color: [34, 197, 94] },
  dispatched: { color: [251, 191, 36] },
  en_route: { color: [245, 158, 11] },
  on_scene: { color: [56, 189, 248] },
  at_hospital: { color: [192, 132, 252] },
  out_of_service: { color: [100, 116, 139] },
};
