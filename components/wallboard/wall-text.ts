/**
 * Type sizes for a wall read from three metres: everything in viewport height, so 1080p and 4K
 * screens show the same layout, and the smallest text is 2.6 % of the screen's height
 * (28 px at 1080p, 56 px at 2160p).
 */
export const WALL_TEXT = {
  small: "text-[2.6vh] leading-[1.2]",
  body: "text-[3vh] leading-[1.2]",
  label: "text-[3.2vh] leading-[1.15] font-semibold",
  title: "text-[4.6vh] leading-none font-bold",
  headline: "text-[7vh] leading-none font-bold",
  value: "text-[9vh] leading-none font-bold",
} as const;
