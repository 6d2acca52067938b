import { useId } from "react";
import { MATATU_COLOR_MODE_LABELS, MATATU_COLOR_MODES } from "@/components/map/matatu-symbology";
import { Select } from "@/components/ui/select";
import { DENSITY_WINDOW_LABELS, DENSITY_WINDOWS, WARD_METRIC_LABELS, WARD_METRICS } from "@/lib/domain/map";
import type { MapLayerKey } from "./map-layers";
import type { OperatingView } from "./operating-view";

type ViewChange = (change: Partial<OperatingView>) => void;

/** The one choice some layers offer (which window, which metric, which colouring), shown while the layer is on. */
export function LayerOptions({ layer, view, onChange }: { layer: MapLayerKey; view: OperatingView; onChange: ViewChange }) {
  switch (layer) {
    case "density":
      return <Choice label="Window" value={view.densityWindow} options={DENSITY_WINDOWS} labels={DENSITY_WINDOW_LABELS} onChange={(densityWindow) => onChange({ densityWindow })} />;
    case "wards":
      return <Choice label="Shade by" value={view.wardMetric} options={WARD_METRICS} labels={WARD_METRIC_LABELS} onChange={(wardMetric) => onChange({ wardMetric })} />;
    case "matatus":
      return <Choice label="Colour" value={view.matatuColor} options={MATATU_COLOR_MODES} labels={MATATU_COLOR_MODE_LABELS} onChange={(matatuColor) => onChange({ matatuColor })} />;
    default:
      return null;
  }
}

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}

function Choice<T extends string>({ label, value, options, labels, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <div className="mt-1.5 flex items-center gap-2 pl-12 text-xs">
      <label htmlFor={id} className="text-muted-foreground">
        {label}
      </label>
      <Select id={id} className="h-7 flex-1 text-xs" value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </Select>
    </div>
  );
}
