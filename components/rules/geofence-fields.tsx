"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CheckboxGroup } from "@/components/alerts/checkbox-group";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { GEOFENCE_SUBJECTS, type GeofenceSubject } from "@/lib/domain/rules";
import { useTRPC } from "@/lib/trpc/client";
import type { DraftParams } from "./rule-draft";
import { polygonFromText, textFromPolygon } from "./zone-polygon-text";

type Params = DraftParams<"geofence">;
type Zone = Params["zone"];

const SUBJECT_LABELS: Record<GeofenceSubject, string> = { unit: "Units", vehicle: "Matatus", incident: "Incidents" };
const subjectOptions = GEOFENCE_SUBJECTS.map((value) => ({ value, label: SUBJECT_LABELS[value] }));

export function GeofenceFields({ params, onChange }: { params: Params; onChange: (params: Params) => void }) {
  const set = (changes: Partial<Params>) => onChange({ ...params, ...changes });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-6">
        <CheckboxGroup legend="Watch" options={subjectOptions} selected={params.subjects} onChange={(subjects) => set({ subjects })} />
        <Field label="Alert when one">
          <Select value={params.trigger} onChange={(e) => set({ trigger: e.target.value as Params["trigger"] })}>
            <option value="enter">enters the zone (while inside)</option>
            <option value="leave">leaves the zone</option>
          </Select>
        </Field>
      </div>
      <ZoneFields zone={params.zone} onChange={(zone) => set({ zone })} />
    </div>
  );
}

function ZoneFields({ zone, onChange }: { zone: Zone; onChange: (zone: Zone) => void }) {
  const trpc = useTRPC();
  const wards = useQuery({ ...trpc.places.wards.queryOptions(), enabled: zone.kind === "ward" });
  const warnings = useQuery({ ...trpc.alerts.list.queryOptions({ kind: ["cap"], status: ["open", "acknowledged"] }), enabled: zone.kind === "cap_area" });
  const [corners, setCorners] = useState(zone.kind === "polygon" ? textFromPolygon(zone.polygon) : "");
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="Zone">
        <Select
          value={zone.kind}
          onChange={(e) => {
            const kind = e.target.value as Zone["kind"];
            onChange(kind === "ward" ? { kind, wardCode: "" } : kind === "polygon" ? { kind, name: "", polygon: { type: "Polygon", coordinates: [] } } : { kind, alertId: "" });
          }}
        >
          <option value="ward">A ward</option>
          <option value="polygon">A drawn polygon</option>
          <option value="cap_area">The area of a CAP warning</option>
        </Select>
      </Field>
      {zone.kind === "ward" && (
        <Field label="Ward">
          <Select value={zone.wardCode} onChange={(e) => onChange({ kind: "ward", wardCode: e.target.value })}>
            <option value="">Choose a ward</option>
            {wards.data?.map((ward) => <option key={ward.code} value={ward.code}>{ward.name}</option>)}
          </Select>
        </Field>
      )}
      {zone.kind === "cap_area" && (
        <Field label="CAP warning">
          <Select value={zone.alertId} onChange={(e) => onChange({ kind: "cap_area", alertId: e.target.value })}>
            <option value="">Choose an open warning</option>
            {warnings.data?.items.map((warning) => <option key={warning.id} value={warning.id}>{warning.title}</option>)}
          </Select>
        </Field>
      )}
      {zone.kind === "polygon" && (
        <>
          <Field label="Zone name"><Input value={zone.name} onChange={(e) => onChange({ ...zone, name: e.target.value })} /></Field>
          <Field label="Corners" hint='One "longitude, latitude" a line; the ring closes itself.'>
            <textarea
              rows={5}
              className="border-input bg-background w-72 rounded-md border p-2 font-mono text-xs"
              value={corners}
              onChange={(e) => {
                setCorners(e.target.value);
                onChange({ ...zone, polygon: polygonFromText(e.target.value) ?? { type: "Polygon", coordinates: [] } });
              }}
            />
          </Field>
        </>
      )}
    </div>
  );
}
