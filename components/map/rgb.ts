/** Colours are RGB tuples because deck.gl takes them so; the panel turns them into CSS. */
export type Rgb = readonly [number, number, number];

export const cssColor = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;
