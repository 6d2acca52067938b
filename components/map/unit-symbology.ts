import type { UnitStatus } from "@/lib/domain/units";
import type { Rgb } from "./rgb";

export const UNIT_STATUS_SYMBOLOGY: Record<UnitStatus, { color: Rgb; label: string }> = {
  available: { color: [34, 197, 94], label: "Available" },
  dispatched: { color: [251, 191, 36], label: "Dispatched" },
  en_route: { color: [245, 158, 11], label: "En route" },
  on_scene: { color: [56, 189, 248], label: "On scene" },
  at_hospital: { color: [192, 132, 252], label: "At hospital" },
  out_of_service: { color: [100, 116, 139], label: "Out of service" },
};
