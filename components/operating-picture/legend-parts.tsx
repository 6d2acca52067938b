import type { ReactNode } from "react";
import { cssColor, type Rgb } from "@/components/map/rgb";

/** Building blocks of the layer legends: a titled list of swatch-and-text rows. */
export function LegendGroup({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div>
      {title && <p className="text-muted-foreground mb-1 font-medium">{title}</p>}
      <ul className="space-y-1">{children}</ul>
    </div>
  );
}

export function LegendRow({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <span aria-hidden className="flex w-4 shrink-0 justify-center">
        {swatch}
      </span>
      <span>{children}</span>
    </li>
  );
}

export function DotSwatch({ color, faded = false, ringed = false }: { color: Rgb; faded?: boolean; ringed?: boolean }) {
  return (
    <span
      className={ringed ? "size-3 rounded-full ring-2 ring-white" : "size-2.5 rounded-full ring-1 ring-white/60"}
      style={{ backgroundColor: cssColor(color), opacity: faded ? 0.35 : 1 }}
    />
  );
}

export function SquareSwatch({ color }: { color: Rgb }) {
  return <span className="size-2.5 rounded-[3px] ring-1 ring-white/60" style={{ backgroundColor: cssColor(color) }} />;
}

export function LineSwatch({ color, dashed = false, thick = false }: { color: string; dashed?: boolean; thick?: boolean }) {
  return <span className={thick ? "w-4 border-t-4" : "w-4 border-t-2"} style={{ borderColor: color, borderTopStyle: dashed ? "dashed" : "solid" }} />;
}
