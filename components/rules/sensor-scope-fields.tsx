"use client";

import { useQuery } from "@tanstack/react-query";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SENSOR_KINDS, SENSOR_KIND_INFO, type SensorKind } from "@/lib/domain/sensors";
import { useTRPC } from "@/lib/trpc/client";

/** Which sensors a sensor rule watches: a kind, and optionally only some of them. */
export function SensorScopeFields({
  sensorKind,
  sensorIds,
  onChange,
}: {
  sensorKind: SensorKind;
  sensorIds: string[] | undefined;
  onChange: (scope: { sensorKind: SensorKind; sensorIds: string[] | undefined }) => void;
}) {
  const trpc = useTRPC();
  const sensors = useQuery(trpc.sensors.list.queryOptions({ kind: [sensorKind] }));
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="Sensor kind">
        <Select value={sensorKind} onChange={(e) => onChange({ sensorKind: e.target.value as SensorKind, sensorIds: undefined })}>
          {SENSOR_KINDS.map((kind) => <option key={kind} value={kind}>{SENSOR_KIND_INFO[kind].label}</option>)}
        </Select>
      </Field>
      <Field label="Only these sensors" hint="None selected: every sensor of the kind.">
        <select
          multiple
          size={5}
          className="border-input bg-background min-w-64 rounded-md border p-1 text-sm"
          value={sensorIds ?? []}
          onChange={(e) => {
            const chosen = [...e.target.selectedOptions].map((o) => o.value);
            onChange({ sensorKind, sensorIds: chosen.length ? chosen : undefined });
          }}
        >
          {sensors.data?.map((sensor) => <option key={sensor.id} value={sensor.id}>{sensor.name}</option>)}
        </select>
      </Field>
    </div>
  );
}
