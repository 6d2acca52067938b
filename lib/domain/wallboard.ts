import { z } from "zod";
import type { IncidentType } from "./incidents";

/** What a wall can show, one panel at a time. */
export const WALLBOARD_PANELS = ["overview", "emergency", "transport", "environment", "utilities"] as const;
export type WallboardPanel = (typeof WALLBOARD_PANELS)[number];

export const WALLBOARD_PANEL_TITLES: Record<WallboardPanel, string> = {
  overview: "City overview",
  emergency: "Emergency",
  transport: "Transport",
  environment: "Environment",
  utilities: "Utilities",
};

/** Long enough to read a panel from across the room; short enough that a panel comes round again soon. */
export const DWELL_S = { min: 5, max: 600 } as const;

export const PlaylistEntry = z.object({
  panel: z.enum(WALLBOARD_PANELS),
  dwellS: z.number().int().min(DWELL_S.min).max(DWELL_S.max),
});
export type PlaylistEntry = z.infer<typeof PlaylistEntry>;

export const SavePlaylistInput = z.object({
  entries: z
    .array(PlaylistEntry)
    .min(1, "Keep at least one panel on the wall.")
    .max(WALLBOARD_PANELS.length)
    .refine((entries) => new Set(entries.map((e) => e.panel)).size === entries.length, "Each panel can appear once."),
});
export type SavePlaylistInput = z.infer<typeof SavePlaylistInput>;

/** What a wall shows until a supervisor of its agency saves a playlist. */
export const DEFAULT_PLAYLIST: PlaylistEntry[] = WALLBOARD_PANELS.map((panel) => ({ panel, dwellS: panel === "overview" ? 30 : 20 }));

/** What may take over the wall: a P1 incident, or an alert of extreme severity. */
export const INTERRUPT_KINDS = ["incident", "alert"] as const;
export type InterruptKind = (typeof INTERRUPT_KINDS)[number];

/** Only something this new interrupts the wall: a P1 from this morning is news to nobody. */
export const INTERRUPT_WINDOW_MIN = 15;
/** Unacknowledged, an interrupt holds the wall this long, then the playlist resumes. */
export const INTERRUPT_HOLD_S = 90;

export interface WallboardInterrupt {
  kind: InterruptKind;
  id: string;
  /** The incident's type (its map symbol); null for an alert. */
  incidentType: IncidentType | null;
  /** "P1 · Fire" or "Extreme alert". */
  headline: string;
  title: string;
  /** Ward or address, in words. */
  place: string | null;
  lon: number | null;
  lat: number | null;
  at: Date;
}

export const AcknowledgeInterruptInput = z.object({
  kind: z.enum(INTERRUPT_KINDS),
  id: z.uuid(),
});
export type AcknowledgeInterruptInput = z.infer<typeof AcknowledgeInterruptInput>;
