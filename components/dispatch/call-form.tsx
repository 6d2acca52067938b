"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { MapPin } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { formatPlaceName } from "@/components/map/place-name";
import { PlaceSearch } from "@/components/operating-picture/place-search";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CreateIncidentInput, INCIDENT_TAXONOMY, INCIDENT_TYPES, INCIDENT_TYPE_LABELS, PRIORITIES, type IncidentType, type Priority } from "@/lib/domain/incidents";
import { PRIORITY_SYMBOLOGY } from "@/components/map/incident-symbology";
import { UNIT_TYPE_LABELS } from "@/lib/domain/units";
import { useTRPC } from "@/lib/trpc/client";
import type { CallLocation } from "./call-location";
import type { IncidentRow } from "./dispatch-queries";
import { DuplicateNotice } from "./duplicate-notice";

interface CallFormProps {
  /** A new call (answered at `answeredAt`), or an incoming call being confirmed. */
  call: { kind: "new"; answeredAt: Date } | { kind: "edit"; incident: IncidentRow };
  location: CallLocation | null;
  onLocation: (location: CallLocation) => void;
  onSaved: (incident: { id: string; lon: number; lat: number; status: string }) => void;
  /** Linked to an open incident instead of creating one. */
  onLinked: (incidentId: string) => void;
  onCancel: () => void;
}

/**
 * Call intake: where (gazetteer search or a click on the map), what (the taxonomy proposes the
 * priority and the units), who called. Keyboard first: picking a place moves on to the type,
 * a letter picks the type, Enter in a text field or Ctrl+Enter anywhere saves.
 */
export function CallForm({ call, location, onLocation, onSaved, onLinked, onCancel }: CallFormProps) {
  const trpc = useTRPC();
  const editing = call.kind === "edit" ? call.incident : null;
  const typeRef = useRef<HTMLSelectElement>(null);
  const locationRef = useRef<HTMLDivElement>(null);
  // The call-taker starts typing the place the moment the form opens.
  useEffect(() => locationRef.current?.querySelector("input")?.focus(), []);
  const [type, setType] = useState<IncidentType | "">(editing?.type ?? "");
  const [priority, setPriority] = useState<Priority | null>((editing?.priority as Priority | undefined) ?? null);
  const [callerName, setCallerName] = useState(editing?.callerName ?? "");
  const [callerPhone, setCallerPhone] = useState(editing?.callerPhone ?? "");
  const [description, setDescription] = useState(editing?.description ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const proposed = type ? INCIDENT_TAXONOMY[type] : null;
  const effectivePriority = priority ?? proposed?.priority ?? null;

  const duplicates = useQuery({
    ...trpc.dispatch.findDuplicates.queryOptions({ type: type || "other", lon: location?.lon ?? 0, lat: location?.lat ?? 0, excludeId: editing?.id }),
    enabled: Boolean(type && location),
  });
  const create = useMutation(trpc.incidents.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.incidents.updateDetails.mutationOptions({ onSuccess: onSaved }));
  const saving = create.isPending || update.isPending;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    if (!location) return setProblem("Place the call first: search for the place, or click it on the map.");
    const details = {
      type,
      priority: effectivePriority,
      lon: location.lon,
      lat: location.lat,
      address: location.address ?? undefined,
      description,
      callerName,
      callerPhone,
    };
    const parsed = CreateIncidentInput.safeParse(details);
    if (!parsed.success) return setProblem(parsed.error.issues.map((issue) => `${FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`).join(" "));
    setProblem(null);
    if (editing) update.mutate({ ...parsed.data, id: editing.id, version: editing.version });
    else create.mutate({ ...parsed.data, answeredAt: call.kind === "new" ? call.answeredAt : undefined });
  };
  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form aria-label={editing ? "Confirm the call" : "New call"} onSubmit={submit} onKeyDown={submitOnCtrlEnter} className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">{editing ? "Confirm the call" : "New call"}</h2>
      <div ref={locationRef} className="flex flex-col gap-1.5 text-sm">
        <span className="font-medium">Location</span>
        <PlaceSearch
          onPick={(_focus, place) => {
            onLocation({ lon: place.lon, lat: place.lat, address: place.kind === "ward" ? formatPlaceName(place.name) : place.name, wardName: place.wardName });
            typeRef.current?.focus();
          }}
        />
        <p role="status" className="text-muted-foreground flex items-center gap-1.5 text-xs">
          <MapPin aria-hidden className="size-3.5 shrink-0" />
          {location
            ? `${location.address ?? `${location.lat.toFixed(5)}, ${location.lon.toFixed(5)}`}${location.wardName ? `, ${formatPlaceName(location.wardName)} ward` : ""}`
            : "Search for a ward, road, junction, stop, hospital or school, or click the map."}
        </p>
      </div>
      <div className="grid grid-cols-[1fr_auto] gap-3">
        <Field label="Type">
          <Select
            ref={typeRef}
            required
            value={type}
            onChange={(event) => {
              setType(event.target.value as IncidentType);
              setPriority(null);
            }}
          >
            <option value="" disabled>
              Choose…
            </option>
            {INCIDENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {INCIDENT_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Priority">
          <Select value={effectivePriority ?? ""} onChange={(event) => setPriority(Number(event.target.value) as Priority)}>
            <option value="" disabled>
              –
            </option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                P{p} {PRIORITY_SYMBOLOGY[p].meaning.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {proposed && (
        <p className="text-muted-foreground -mt-1 text-xs">
          {INCIDENT_TYPE_LABELS[type as IncidentType]} calls start at P{proposed.priority} and need {proposed.unitTypes.map((t) => UNIT_TYPE_LABELS[t].toLowerCase()).join(" + ")}.
        </p>
      )}
      <div className="grid grid-cols-2 gap-3">
        <Field label="Caller name">
          <Input value={callerName} onChange={(event) => setCallerName(event.target.value)} autoComplete="off" />
        </Field>
        <Field label="Caller number">
          <Input value={callerPhone} onChange={(event) => setCallerPhone(event.target.value)} inputMode="tel" autoComplete="off" />
        </Field>
      </div>
      <Field label="What happened">
        <Input value={description} onChange={(event) => setDescription(event.target.value)} autoComplete="off" />
      </Field>
      {duplicates.data && duplicates.data.length > 0 && (
        <DuplicateNotice
          duplicates={duplicates.data}
          caller={{ callerName, callerPhone, description }}
          mergingIncidentId={editing?.id}
          onLinked={onLinked}
        />
      )}
      <ErrorNote error={problem ? { message: problem } : (create.error ?? update.error)} />
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={saving}>
          {editing ? "Save details" : "Create incident"}
          <kbd className="text-[10px] opacity-70">Ctrl+Enter</kbd>
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel <kbd className="text-[10px] opacity-70">Esc</kbd>
        </Button>
      </div>
    </form>
  );
}

const FIELD_NAMES: Record<string, string> = {
  type: "Type",
  priority: "Priority",
  callerPhone: "Caller number",
  callerName: "Caller name",
  description: "What happened",
  address: "Location",
};
