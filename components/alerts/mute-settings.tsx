"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorNote } from "@/components/admin/error-note";
import { ALERT_KINDS, ALERT_KIND_LABELS, type AlertMute } from "@/lib/domain/alerts";
import { SENSOR_KINDS, SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { useTRPC } from "@/lib/trpc/client";
import { CheckboxGroup, optionsOf } from "./checkbox-group";

const sensorOptions = SENSOR_KINDS.map((kind) => ({ value: kind, label: SENSOR_KIND_INFO[kind].label }));

/** The viewer's own mutes: no toast and no sound for these; the inbox still lists them, and nobody else is affected. */
export function MuteSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutes = useQuery(trpc.alerts.mutes.queryOptions());
  const setMute = useMutation(trpc.alerts.setMute.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.mutes.queryKey() }) }));
  const mine = mutes.data ?? [];
  const kinds = mine.flatMap((m) => (m.categoryKind === "alert_kind" ? [m.category] : []));
  const sensors = mine.flatMap((m) => (m.categoryKind === "sensor_kind" ? [m.category] : []));
  /** The group hands back the new selection: mute what was added, unmute what was removed. */
  const apply = (before: AlertMute[], after: AlertMute[]) => {
    const has = (list: AlertMute[], mute: AlertMute) => list.some((m) => m.category === mute.category);
    for (const mute of after.filter((m) => !has(before, m))) setMute.mutate({ ...mute, muted: true });
    for (const mute of before.filter((m) => !has(after, m))) setMute.mutate({ ...mute, muted: false });
  };
  const asMutes = {
    kinds: (list: typeof kinds) => list.map((category): AlertMute => ({ categoryKind: "alert_kind", category })),
    sensors: (list: typeof sensors) => list.map((category): AlertMute => ({ categoryKind: "sensor_kind", category })),
  };
  return (
    <section aria-labelledby="mutes-heading" className="flex flex-col gap-3">
      <h2 id="mutes-heading" className="font-semibold">Muted for me</h2>
      <p className="text-muted-foreground text-sm">No toast and no sound for these. They still appear here, and nobody else is affected.</p>
      <CheckboxGroup legend="Kinds of alert" options={optionsOf(ALERT_KINDS, ALERT_KIND_LABELS)} selected={kinds} onChange={(next) => apply(asMutes.kinds(kinds), asMutes.kinds(next))} />
      <CheckboxGroup legend="Kinds of sensor" options={sensorOptions} selected={sensors} onChange={(next) => apply(asMutes.sensors(sensors), asMutes.sensors(next))} />
      <ErrorNote error={setMute.error} />
    </section>
  );
}
