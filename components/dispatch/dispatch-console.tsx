"use client";

import { useQuery } from "@tanstack/react-query";
import { Phone } from "lucide-react";
import dynamic from "next/dynamic";
import { useCallback, useMemo, useRef, useState } from "react";
import { useNow } from "@/components/incidents/use-now";
import type { MapFocus } from "@/components/map/map-view";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import { LiveStatus } from "@/components/operating-picture/live-status";
import { Button } from "@/components/ui/button";
import { DEFAULT_RESPONSE_TARGETS } from "@/lib/domain/dispatch";
import { useTRPC } from "@/lib/trpc/client";
import { CallForm } from "./call-form";
import type { CallLocation } from "./call-location";
import { CallQueue, queueOrder } from "./call-queue";
import type { IncidentRow } from "./dispatch-queries";
import { IdleHelp } from "./idle-help";
import { IncidentPanel } from "./incident-panel";
import { NewP1Alert } from "./p1-alert";
import { ShortcutLegend } from "./shortcut-legend";
import { printTimelinePath } from "./timeline-actions";
import { UnitBoard } from "./unit-board";
import { useDispatchData } from "./use-dispatch-data";
import { useIncidentActions } from "./use-incident-actions";
import { useShortcuts } from "./use-shortcuts";

// MapLibre and deck.gl need a browser (STACK.md pitfall 3).
const DispatchMap = dynamic(() => import("./dispatch-map"), {
  ssr: false,
  loading: () => <p className="text-muted-foreground grid h-full place-items-center text-sm">Loading map…</p>,
});

type Work = { kind: "idle" } | { kind: "call"; call: { kind: "new"; answeredAt: Date } | { kind: "edit"; incident: IncidentRow } } | { kind: "incident"; id: string };

const NONE: never[] = [];
/** A recommended unit's route, in the console's accent; routes of units already coming are in the en-route colour. */
const RECOMMENDED_ROUTE = [56, 189, 248] as const;
type WardRows = { code: string; name: string }[];
const toWardNames = (wards: WardRows) => new Map(wards.map((w) => [w.code, w.name]));

/**
 * The dispatcher's console: the call queue on the left, the map and the unit board in the middle,
 * the call or incident being worked on the right. Every step has a key (shortcuts.ts).
 */
export function DispatchConsole() {
  const trpc = useTRPC();
  const { incidents, units, targets, health } = useDispatchData();
  const wardNames = useQuery({ ...trpc.places.wards.queryOptions(), staleTime: Infinity, select: toWardNames });
  const now = useNow(1_000);
  const [work, setWork] = useState<Work>({ kind: "idle" });
  const [location, setLocation] = useState<CallLocation | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [mapFocus, setMapFocus] = useState<MapFocus | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const noteRef = useRef<HTMLInputElement>(null);

  const active = incidents.data?.items ?? NONE;
  const unitRows = units.data ?? NONE;
  const selectedId = work.kind === "incident" ? work.id : null;
  const actions = useIncidentActions(selectedId, active.find((incident) => incident.id === selectedId));
  const incident = actions.incident;

  const open = useCallback((target: { id: string; lon: number; lat: number; status?: string }) => {
    setWork({ kind: "incident", id: target.id });
    setMapFocus({ lon: target.lon, lat: target.lat });
    // A call awaiting dispatch: put the recommended unit under Enter.
    if (target.status === undefined || target.status === "new") setFocusRequest((n) => n + 1);
  }, []);
  const openById = useCallback((id: string) => {
    const target = active.find((i) => i.id === id);
    if (target) open(target);
    else setWork({ kind: "incident", id });
  }, [active, open]);
  const newCall = () => {
    setLocation(null);
    setWork({ kind: "call", call: { kind: "new", answeredAt: new Date() } });
  };
  const step = (by: 1 | -1) => {
    const order = queueOrder(active);
    if (order.length === 0) return;
    const index = order.findIndex((i) => i.id === selectedId);
    open(order[(index + by + order.length) % order.length]!);
    (document.activeElement as HTMLElement | null)?.blur();
  };
  const edit = () => {
    if (!incident || incident.status === "cleared" || incident.status === "closed") return;
    setLocation({ lon: incident.lon, lat: incident.lat, address: incident.address, wardName: incident.wardCode ? (wardNames.data?.get(incident.wardCode) ?? null) : null });
    setWork({ kind: "call", call: { kind: "edit", incident } });
  };
  const back = () => {
    if (work.kind === "call" && work.call.kind === "edit") setWork({ kind: "incident", id: work.call.incident.id });
    else if (work.kind === "call") setWork({ kind: "idle" });
    setShowHelp(false);
    (document.activeElement as HTMLElement | null)?.blur();
  };

  const inIncident = work.kind === "incident";
  useShortcuts({
    n: newCall,
    j: () => step(1),
    k: () => step(-1),
    enter: () => inIncident && setFocusRequest((n) => n + 1),
    a: () => inIncident && void actions.assignRecommended(),
    ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), () => inIncident && actions.assignNumber(i + 1)])),
    e: () => inIncident && edit(),
    c: () => inIncident && actions.setStatus("cleared"),
    x: () => inIncident && incident?.status === "cleared" && actions.setStatus("closed"),
    t: () => noteRef.current?.focus(),
    p: () => selectedId && window.open(printTimelinePath(selectedId), "_blank"),
    escape: back,
    "?": () => setShowHelp((shown) => !shown),
  });

  const routes = useMemo(() => {
    const { candidates = [], onTheWay = [] } = actions.recommendation ?? {};
    return [
      ...candidates.flatMap((c) => (c.path ? [{ unitId: c.unitId, path: c.path, color: RECOMMENDED_ROUTE }] : [])),
      ...onTheWay.flatMap((u) => (u.path ? [{ unitId: u.unitId, path: u.path, color: UNIT_STATUS_SYMBOLOGY.en_route.color }] : [])),
    ];
  }, [actions.recommendation]);
  const marker = work.kind === "call" && location ? ([location.lon, location.lat] as const) : null;
  const onPickPoint = useCallback(
    (lon: number, lat: number) => {
      if (work.kind === "call") setLocation({ lon, lat, address: null, wardName: null });
    },
    [work.kind],
  );

  return (
    <main className="grid min-h-0 flex-1 grid-cols-[18rem_1fr_26rem] grid-rows-[1fr_auto]">
      <aside aria-label="Calls" className="bg-card row-span-1 flex min-h-0 flex-col border-r">
        <header className="flex items-center gap-2 border-b px-3 py-2">
          <h1 className="text-base font-semibold">Dispatch</h1>
          <LiveStatus health={health} />
          <Button type="button" size="sm" className="ml-auto" onClick={newCall}>
            <Phone aria-hidden className="size-3.5" /> New call <kbd className="text-[10px] opacity-70">N</kbd>
          </Button>
        </header>
        {incidents.isError ? (
          <p role="alert" className="p-3 text-sm text-red-300">Incidents could not be loaded: {incidents.error.message}</p>
        ) : (
          <CallQueue incidents={active} selectedId={selectedId} onSelect={open} targets={targets.data ?? DEFAULT_RESPONSE_TARGETS} now={now} />
        )}
      </aside>

      <div className="grid min-h-0 grid-rows-[1fr_12rem]">
        <div className="relative min-h-0">
          <DispatchMap
            incidents={active}
            units={unitRows}
            selectedId={selectedId}
            routes={routes}
            marker={marker}
            focus={mapFocus}
            onPickIncident={openById}
            onPickPoint={onPickPoint}
          />
        </div>
        <UnitBoard units={unitRows} incidents={active} onSelectIncident={openById} />
      </div>

      <aside aria-label="Work area" className="bg-card min-h-0 overflow-y-auto border-l">
        {work.kind === "call" && (
          <CallForm
            key={work.call.kind === "edit" ? work.call.incident.id : work.call.answeredAt.getTime()}
            call={work.call}
            location={location}
            onLocation={(picked) => {
              setLocation(picked);
              setMapFocus({ lon: picked.lon, lat: picked.lat });
            }}
            onSaved={open}
            onLinked={openById}
            onCancel={back}
          />
        )}
        {work.kind === "incident" && (
          <IncidentPanel
            actions={actions}
            units={unitRows}
            wardNames={wardNames.data ?? new Map()}
            targets={targets.data ?? DEFAULT_RESPONSE_TARGETS}
            now={now}
            focusRequest={focusRequest}
            noteRef={noteRef}
            onEdit={edit}
            onSelectIncident={openById}
          />
        )}
        {work.kind === "idle" && <IdleHelp waiting={active.filter((i) => i.status === "new").length} />}
      </aside>

      <footer className="bg-card col-span-3 border-t px-3 py-1.5 print:hidden">
        <ShortcutLegend />
      </footer>
      {showHelp && (
        <div role="dialog" aria-label="Keyboard shortcuts" className="fixed inset-0 z-40 grid place-items-center bg-black/60" onClick={() => setShowHelp(false)}>
          <div className="bg-card rounded-lg border p-5 shadow-2xl">
            <h2 className="mb-3 text-base font-semibold">Keyboard shortcuts</h2>
            <ShortcutLegend all />
          </div>
        </div>
      )}
      <NewP1Alert incidents={incidents.data?.items} onOpen={open} exceptId={selectedId} />
    </main>
  );
}
