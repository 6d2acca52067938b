"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { matatuPaint, type MatatuColorMode } from "@/components/map/matatu-symbology";
import { VehicleStore, type VehicleReport } from "@/components/map/vehicle-store";
import { VEHICLES_KEPT_S } from "@/lib/domain/vehicles";

/** Vehicles fade as their reports age past 90 s and leave after an hour; checking every few seconds is soon enough. */
const AGEING_CHECK_MS = 5_000;

/**
 * The matatus' typed arrays: filled from the initial list, then written by live frames
 * (useLiveChanges). Re-renders its user whenever the arrays change.
 */
export function useVehicleStore(initial: readonly VehicleReport[] | undefined, colorMode: MatatuColorMode): VehicleStore {
  const [store] = useState(() => new VehicleStore(matatuPaint(colorMode)));
  useEffect(() => {
    if (initial) store.apply(initial);
  }, [store, initial]);
  useEffect(() => {
    store.repaint(matatuPaint(colorMode));
    const timer = setInterval(() => {
      store.dropReportedBefore(Date.now() - VEHICLES_KEPT_S * 1000);
      store.repaint();
    }, AGEING_CHECK_MS);
    return () => clearInterval(timer);
  }, [store, colorMode]);
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  return store;
}
