"use client";

import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";
import { NewP1Alert } from "@/components/dispatch/p1-alert";
import { ActiveIncidentList } from "@/components/incidents/active-incident-list";
import { useNow } from "@/components/incidents/use-now";
import type { MapFocus } from "@/components/map/map-view";
import { formatPlaceName } from "@/components/map/place-name";
import { DRAWER_WIDTH_PX, EntityDrawer } from "./entity-drawer";
import { layerFreshness } from "./layer-freshness-inputs";
import { LayerLegend } from "./layer-legends";
import { LayerOptions } from "./layer-options";
import { LayerPanel } from "./layer-panel";
import { LiveStatus } from "./live-status";
import type { MapLayerKey } from "./map-layers";
import type { OperatingView, Selection } from "./operating-view";
import { PanelSection } from "./panel-section";
import { PlaceSearch } from "./place-search";
import { useOperatingData } from "./use-operating-data";
import { useOperatingView } from "./use-operating-view";

// MapLibre and deck.gl need a browser (STACK.md pitfall 3).
const OperatingMap = dynamic(() => import("./operating-map"), {
  ssr: false,
  loading: () => <p className="text-muted-foreground absolute inset-0 grid place-items-center text-sm">Loading map…</p>,
});

/** The side panel (22rem plus its margin) covers the map's left edge, the drawer its right. */
const PANEL_PX = 372;
const DRAWER_PX = DRAWER_WIDTH_PX + 12;
/** Freshness ages and quiet sensors are judged on this tick. */
const TICK_MS = 5_000;

/** The operating picture: a full-screen live map with the panel (search, incidents, layers) and the detail drawer. */
export function OperatingPicture() {
  const { view, setView, setViewport } = useOperatingView();
  const now = useNow(TICK_MS);
  const { incidents, live, freshness, layers: data } = useOperatingData(view, now.getTime());
  const [focus, setFocus] = useState<MapFocus | null>(null);

  const wardNames = useMemo(() => new Map(data.wards.map((ward) => [ward.code, formatPlaceName(ward.name)])), [data.wards]);
  const changeView = useCallback((change: Partial<OperatingView>) => setView((current) => ({ ...current, ...change })), [setView]);
  const select = useCallback((selection: Selection | null) => changeView({ selection }), [changeView]);
  const toggleLayer = useCallback((layer: MapLayerKey, visible: boolean) => setView((current) => ({ ...current, layers: { ...current.layers, [layer]: visible } })), [setView]);

  const showIncident = useCallback(
    ({ id, lon, lat }: { id: string; lon: number; lat: number }) => {
      select({ kind: "incident", id });
      setFocus({ lon, lat });
    },
    [select],
  );

  const activeIncidents = data.incidents;
  const listIsCut = Boolean(incidents.data?.nextCursor);
  const counts: Partial<Record<MapLayerKey, number>> = {
    incidents: incidents.data?.items.length,
    units: data.units.length,
    matatus: data.vehicles.size,
    sensors: data.sensors.length,
    traffic: data.trafficRoads.length,
    alerts: data.alertAreas.length,
    requests: view.layers.requests ? data.workOrders.length : undefined,
    density: view.layers.density ? data.density?.total : undefined,
  };

  return (
    <main className="relative min-h-0 w-full flex-1 overflow-hidden">
      <OperatingMap
        data={data}
        view={view}
        focus={focus}
        padding={{ left: PANEL_PX, right: view.selection ? DRAWER_PX : 0 }}
        nowMs={now.getTime()}
        onSelect={select}
        onZoomTo={setFocus}
        onMoveEnd={setViewport}
      />
      <aside
        aria-label="Operations panel"
        className="bg-card text-card-foreground absolute top-3 bottom-3 left-3 z-10 flex w-[22rem] flex-col overflow-hidden rounded-xl border shadow-2xl backdrop-blur"
      >
        <header className="space-y-3 px-4 py-3">
          <div className="flex items-center justify-between gap-2">
            <div>
              <h1 className="text-base leading-tight font-semibold">Operating picture</h1>
              <p className="text-muted-foreground text-xs">Nairobi, live</p>
            </div>
            <LiveStatus health={live} />
          </div>
          <PlaceSearch onPick={setFocus} />
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
                wardNames={wardNames}
                selectedId={view.selection?.kind === "incident" ? view.selection.id : null}
                onSelect={showIncident}
              />
            )}
            {listIsCut && <p className="text-muted-foreground mt-2 text-xs">Showing the newest {activeIncidents.length}; more are active.</p>}
          </PanelSection>
          <PanelSection title="Layers">
            <LayerPanel
              visibility={view.layers}
              counts={counts}
              freshness={layerFreshness(freshness, now.getTime())}
              onToggle={toggleLayer}
              options={(layer) => <LayerOptions layer={layer} view={view} onChange={changeView} />}
              legend={(layer) => <LayerLegend layer={layer} view={view} workOrders={data.workOrders} densityTotal={data.density?.total} />}
            />
          </PanelSection>
        </div>
      </aside>
      <NewP1Alert incidents={incidents.data?.items} onOpen={showIncident} />
      {view.selection && <EntityDrawer selection={view.selection} data={data} wardNames={wardNames} now={now} onSelect={select} />}
    </main>
  );
}
