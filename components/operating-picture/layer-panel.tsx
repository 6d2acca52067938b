"use client";

import { ChevronDown } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { Switch } from "@/components/ui/switch";
import { cn } from "@/components/ui/cn";
import { FreshnessChip } from "./freshness-chip";
import type { Freshness } from "./layer-freshness";
import { MAP_LAYERS, type LayerVisibility, type MapLayerKey } from "./map-layers";

interface LayerPanelProps {
  visibility: LayerVisibility;
  counts: Partial<Record<MapLayerKey, number>>;
  freshness: Partial<Record<MapLayerKey, Freshness>>;
  onToggle: (layer: MapLayerKey, visible: boolean) => void;
  /** A layer's own choice (window, metric, colouring), shown while it is on. */
  options: (layer: MapLayerKey) => ReactNode;
  legend: (layer: MapLayerKey) => ReactNode;
}

/** One row per layer: its switch ("<Layer> layer" for screen readers), count, freshness and legend. */
export function LayerPanel({ visibility, counts, freshness, onToggle, options, legend }: LayerPanelProps) {
  return (
    <ul className="space-y-1.5">
      {MAP_LAYERS.map(({ key, label }) => (
        <LayerRow key={key} label={label} visible={visibility[key]} count={counts[key]} freshness={freshness[key]} onToggle={(visible) => onToggle(key, visible)} legend={legend(key)}>
          {visibility[key] && options(key)}
        </LayerRow>
      ))}
    </ul>
  );
}

interface LayerRowProps {
  label: string;
  visible: boolean;
  count: number | undefined;
  freshness: Freshness | undefined;
  onToggle: (visible: boolean) => void;
  legend: ReactNode;
  children: ReactNode;
}

function LayerRow({ label, visible, count, freshness, onToggle, legend, children }: LayerRowProps) {
  const id = useId();
  const [legendOpen, setLegendOpen] = useState(false);
  return (
    <li>
      <div className="flex items-center gap-3">
        <Switch id={`${id}-switch`} checked={visible} onCheckedChange={onToggle} />
        <label htmlFor={`${id}-switch`} className="min-w-0 flex-1 cursor-pointer truncate text-sm">
          {label}
          <span className="sr-only"> layer</span>
        </label>
        {count !== undefined && <span className="text-muted-foreground text-xs tabular-nums">{count.toLocaleString("en")}</span>}
        {freshness && <FreshnessChip layerLabel={label} freshness={freshness} />}
        <button
          type="button"
          aria-expanded={legendOpen}
          aria-controls={`${id}-legend`}
          aria-label={`${label} legend`}
          onClick={() => setLegendOpen((open) => !open)}
          className="text-muted-foreground hover:text-foreground focus-visible:ring-ring rounded p-0.5 outline-none focus-visible:ring-2"
        >
          <ChevronDown aria-hidden className={cn("size-4 transition-transform", legendOpen && "rotate-180")} />
        </button>
      </div>
      {children}
      {legendOpen && (
        <div id={`${id}-legend`} className="bg-muted/40 mt-1.5 ml-12 rounded-md p-2">
          {legend}
        </div>
      )}
    </li>
  );
}
