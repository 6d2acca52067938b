"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useState } from "react";
import { ActiveIncidentList } from "@/components/incidents/active-incident-list";
import { formatPlaceName } from "@/components/map/place-name";
import { useTRPC } from "@/lib/trpc/client";
import { LayerToggles } from "./layer-toggles";
import { ALL_LAYERS_VISIBLE, type LayerVisibility, type ToggleableLayer } from "./layer-visibility";
import { LiveStatus } from "./live-status";
import { MapLegend } from "./map-legend";
import { operatingQueries, type IncidentRow } from "./operating-queries";
import { PanelSection } from "./panel-section";
import { useLiveChanges } from "./use-live-changes";

// MapLibre and deck.gl need a browser (STACK.md pitfall 3).
const OperatingMap = dynamic(() => import("./operating-map"), {
  ssr: false,
  loading: () => <p className="text-muted-foreground absolute inset-0 grid place-items-center text-sm">Loading map…</p>,
});

const NONE: never[] = [];

type WardRows = { code: string; name: string }[];
const toWardNames = (wards: WardRows) => new Map(wards.map((w) => [w.code, formatPlaceName(w.name)]));
const NO_WARD_NAMES = new Map<string, string>();

/** The operating picture: a full-screen live map with the active incidents and layer controls beside it. */
export function OperatingPicture() {
  const trpc = useTRPC();
  const queries = operatingQueries(trpc);
  const incidents = useQuery(queries.activeIncidents);
  const units = useQuery(queries.units);
  const sensors = useQuery(queries.sensors);
  const wardNames = useQuery({ ...trpc.places.wards.queryOptions(), staleTime: Infinity, select: toWardNames });
  const liveStatus = useLiveChanges({ listsLoaded: incidents.isSuccess && units.isSuccess && sensors.isSuccess });

  const [visibility, setVisibility] = useState<LayerVisibility>(ALL_LAYERS_VISIBLE);
  const setLayerVisible = useCallback((layer: ToggleableLayer, visible: boolean) => setVisibility((v) => ({ ...v, [layer]: visible })), []);
  const [selected, setSelected] = useState<Pick<IncidentRow, "id" | "lon" | "lat"> | null>(null);

  const activeIncidents = incidents.data?.items ?? NONE;
  const listIsCut = Boolean(incidents.data?.nextCursor);

  return (
    <main className="relative min-h-0 w-full flex-1 overflow-hidden">
      <OperatingMap
        incidents={activeIncidents}
        units={units.data ?? NONE}
        sensors={sensors.data ?? NONE}
        visibility={visibility}
        selectedIncident={selected}
      />
      <aside
        aria-label="Operations panel"
        className="bg-card text-card-foreground absolute top-3 bottom-3 left-3 z-10 flex w-[22rem] flex-col overflow-hidden rounded-xl border shadow-2xl backdrop-blur"
      >
        <header className="flex items-center justify-between gap-2 px-4 py-3">
          <div>
            <h1 className="text-base leading-tight font-semibold">Operating picture</h1>
            <p className="text-muted-foreground text-xs">Nairobi, live</p>
          </div>
          <LiveStatus status={liveStatus} />
        </header>
        <div className="min-h-0 flex-1 overflow-y-auto">
          <PanelSection
            title="Active incidents"
            aside={incidents.isSuccess && <span className="text-muted-foreground text-xs tabular-nums">{activeIncidents.length}{listIsCut && "+"}</span>}
          >
            {incidents.isPending ? (
              <p className="text-muted-foreground text-sm">Loading incidents…</p>
            ) : incidents.isError ? (
              <p role="alert" className="text-sm text-red-300">
                Incidents could not be loaded: {incidents.error.message}
              </p>
            ) : (
              <ActiveIncidentList
                incidents={activeIncidents}
                wardNames={wardNames.data ?? NO_WARD_NAMES}
                selectedId={selected?.id ?? null}
                onSelect={({ id, lon, lat }) => setSelected({ id, lon, lat })}
              />
            )}
            {listIsCut && <p className="text-muted-foreground mt-2 text-xs">Showing the newest {activeIncidents.length}; more are active.</p>}
          </PanelSection>
          <PanelSection title="Layers">
            <LayerToggles
              visibility={visibility}
              counts={{ incidents: incidents.data?.items.length, units: units.data?.length, sensors: sensors.data?.length }}
              onChange={setLayerVisible}
            />
          </PanelSection>
          <PanelSection title="Legend">
            <MapLegend />
          </PanelSection>
        </div>
      </aside>
    </main>
  );
}
