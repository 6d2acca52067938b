import { WALLBOARD_PANELS, type PlaylistEntry, type WallboardPanel } from "@/lib/domain/wallboard";

export interface EditorRow {
  panel: WallboardPanel;
  dwellS: number;
  shown: boolean;
}

/** A panel left out of the playlist comes back with this dwell when switched on. */
const NEW_PANEL_DWELL_S = 20;

/** Every panel, the playlist's first and in its order, then the ones it leaves out (switched off). */
export function editorRows(playlist: readonly PlaylistEntry[]): EditorRow[] {
  const inPlaylist = playlist.map((entry) => ({ ...entry, shown: true }));
  const leftOut = WALLBOARD_PANELS.filter((panel) => !playlist.some((e) => e.panel === panel)).map((panel) => ({ panel, dwellS: NEW_PANEL_DWELL_S, shown: false }));
  return [...inPlaylist, ...leftOut];
}

/** The row moved one place up (-1) or down (+1); at either end nothing moves. */
export function moveRow(rows: readonly EditorRow[], index: number, by: -1 | 1): EditorRow[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const playlistOf = (rows: readonly EditorRow[]): PlaylistEntry[] => rows.filter((r) => r.shown).map(({ panel, dwellS }) => ({ panel, dwellS }));
