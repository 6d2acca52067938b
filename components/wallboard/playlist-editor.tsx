"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { DWELL_S, WALLBOARD_PANEL_TITLES, type PlaylistEntry } from "@/lib/domain/wallboard";
import { useTRPC } from "@/lib/trpc/client";
import { editorRows, moveRow, playlistOf, type EditorRow } from "./playlist-editing";

/** The rotation of the agency's walls: which panels, in what order, for how long each. */
export function PlaylistEditor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.wallboard.settings.queryOptions());
  // Here, not in the form: the form is replaced once the save lands, and the outcome must outlive it.
  const save = useMutation(trpc.wallboard.savePlaylist.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.wallboard.settings.queryKey() }) }));
  if (!settings.data) return <p className="text-muted-foreground text-sm">{settings.isError ? settings.error.message : "Loading the playlist…"}</p>;
  return (
    <div className="flex flex-col gap-4">
      {/* A fresh form whenever the saved playlist changes, so the form never edits a stale copy. */}
      <PlaylistForm key={String(settings.data.updatedAt?.getTime())} saved={settings.data.playlist} isDefault={settings.data.isDefault} save={save} />
      <ErrorNote error={save.error} />
      {save.isSuccess && <p role="status" className="text-sm text-emerald-300">Saved.</p>}
    </div>
  );
}

interface PlaylistFormProps {
  saved: readonly PlaylistEntry[];
  isDefault: boolean;
  save: { mutate: (input: { entries: PlaylistEntry[] }) => void; isPending: boolean };
}

function PlaylistForm({ saved, isDefault, save }: PlaylistFormProps) {
  const [rows, setRows] = useState(() => editorRows(saved));
  const change = (index: number, patch: Partial<EditorRow>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ entries: playlistOf(rows) });
  };

  return (
    <form onSubmit={submit} aria-label="Wall playlist" className="flex flex-col gap-4">
      <p className="text-muted-foreground text-sm">
        {isDefault ? "Your agency's walls show the default playlist." : "Your agency's walls show this playlist."} Walls pick up a change within a minute.
      </p>
      <ol className="flex flex-col gap-2">
        {rows.map((row, i) => {
          const title = WALLBOARD_PANEL_TITLES[row.panel];
          return (
            <li key={row.panel} className="bg-card flex items-center gap-4 rounded-lg border px-4 py-3">
              <Switch checked={row.shown} onCheckedChange={(shown) => change(i, { shown })} aria-label={`Show ${title}`} />
              <span className="flex-1 font-medium">{title}</span>
              <label className="flex items-center gap-2 text-sm">
                Seconds
                <Input
                  type="number"
                  className="w-24"
                  min={DWELL_S.min}
                  max={DWELL_S.max}
                  required
                  value={row.dwellS}
                  onChange={(e) => change(i, { dwellS: e.target.valueAsNumber })}
                  aria-label={`Seconds on ${title}`}
                />
              </label>
              <Button type="button" size="sm" variant="outline" disabled={i === 0} onClick={() => setRows(moveRow(rows, i, -1))} aria-label={`Move ${title} up`}>
                ↑
              </Button>
              <Button type="button" size="sm" variant="outline" disabled={i === rows.length - 1} onClick={() => setRows(moveRow(rows, i, 1))} aria-label={`Move ${title} down`}>
                ↓
              </Button>
            </li>
          );
        })}
      </ol>
      <Button type="submit" className="self-start" disabled={save.isPending || !rows.some((r) => r.shown)}>
        Save playlist
      </Button>
    </form>
  );
}
