import type { AlertSeverity } from "@/lib/domain/alerts";
import type { Rgb } from "./rgb";

/** CAP severities in the warning colours meteorological services use (MeteoAlarm: red, orange, yellow). */
export const ALERT_SEVERITY_COLORS: Record<AlertSeverity, Rgb> = {
  extreme: [220, 38, 38],
  severe: [249, 115, 22],
  moderate: [250, 204, 21],
  minor: [96, 165, 250],
};
