/** Colours are RGB tuples because deck.gl takes them so; the panel turns them into CSS. */
export type Rgb = readonly [number, number, number];

export const cssColor = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;

/** "#ff7e00" as an RGB tuple. */
export const hexColor = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
