import type { MapIcon } from "./map-icons";

/** A map icon as inline SVG, for the legend and the panels: the same shapes deck.gl paints on the map. */
export function MapIconSvg({ icon, size = 16 }: { icon: MapIcon; size?: number }) {
  return (
    <svg aria-hidden width={size} height={size} viewBox="0 0 32 32" strokeLinecap="round" strokeLinejoin="round">
      {icon.parts.map((part, index) => (
        <path
          key={index}
          d={part.d}
          fill={part.fill ?? "none"}
          stroke={part.stroke}
          strokeWidth={part.strokeWidth}
          transform={part.place && `translate(${part.place.x} ${part.place.y}) scale(${part.place.scale})`}
        />
      ))}
    </svg>
  );
}
