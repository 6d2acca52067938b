import type { Glyph } from "./map-glyphs";

/** A pictogram alone, in the text colour: the legend's key to the shapes inside icons. */
export function GlyphSvg({ glyph, size = 14 }: { glyph: Glyph; size?: number }) {
  return (
    <svg aria-hidden width={size} height={size} viewBox="0 0 12 12" strokeLinecap="round" strokeLinejoin="round">
      {glyph.map((part, index) => (
        <path key={index} d={part.d} fill={part.fill ? "currentColor" : "none"} stroke={part.fill ? undefined : "currentColor"} strokeWidth={part.strokeWidth} />
      ))}
    </svg>
  );
}
