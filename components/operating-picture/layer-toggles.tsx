"use client";

import { useId } from "react";
import { Switch } from "@/components/ui/switch";
import { TOGGLEABLE_LAYERS, type LayerVisibility, type ToggleableLayer } from "./layer-visibility";

interface LayerTogglesProps {
  visibility: LayerVisibility;
  counts: Partial<Record<ToggleableLayer, number>>;
  onChange: (layer: ToggleableLayer, visible: boolean) => void;
}

/** One switch per layer, named "<Layer> layer" for screen readers. */
export function LayerToggles({ visibility, counts, onChange }: LayerTogglesProps) {
  const idPrefix = useId();
  return (
    <ul className="space-y-2">
      {TOGGLEABLE_LAYERS.map(({ key, label }) => (
        <li key={key} className="flex items-center gap-3">
          <Switch id={`${idPrefix}-${key}`} checked={visibility[key]} onCheckedChange={(visible) => onChange(key, visible)} />
          <label htmlFor={`${idPrefix}-${key}`} className="cursor-pointer text-sm">
            {label}
            <span className="sr-only"> layer</span>
          </label>
          {counts[key] !== undefined && <span className="text-muted-foreground ml-auto text-xs tabular-nums">{counts[key]}</span>}
        </li>
      ))}
    </ul>
  );
}
