/**
 * Where a trip's stops lie along its shape. Nearest-point projection alone fails on this feed:
 * shapes often run out and back (so a stop is near the line twice), one shape serves both
 * directions, and a few stops sit kilometres off their shape or out of sequence. So each stop
 * gets every place where the line passes near it, and a small dynamic programme picks the
 * in-order placement closest to the stops, where leaving a stop unplaced has a fixed cost; it
 * runs for the line and for its reverse, and the direction with the closer fit wins. Unplaced
 * stops are put between their placed neighbours.
 */
import type { LonLat, Polyline } from "../geo/polyline";

/** A stop further than this from a passing line is not "on" it there. */
const NEAR_M = 150;
/** Leaving a stop unplaced costs as much as placing it this far off the line. */
const UNPLACED_COST_M = 1_000;
/** Neighbouring stops that project onto the same stretch may come out a few metres reversed. */
const ORDER_SLACK_M = 30;

export interface StopsOnLine {
  line: Polyline;
  /** Distance along `line` of each stop, non-decreasing. */
  alongM: number[];
}

export function placeStopsAlong(line: Polyline, stops: readonly LonLat[]): StopsOnLine {
  const forward = fit(line, stops);
  const backward = fit(line.reversed(), stops);
  return backward.cost < forward.cost ? backward.placed : forward.placed;
}

/** The cheapest in-order fit that places stop i at one of its places, and the placed stop before it. */
interface Fit {
  along: number;
  cost: number;
  previous: { stop: number; place: number } | null;
}

function fit(line: Polyline, stops: readonly LonLat[]): { placed: StopsOnLine; cost: number } {
  const unplaced = (count: number) => count * UNPLACED_COST_M;
  const fits: Fit[][] = [];
  stops.forEach((stop, i) => {
    fits.push(
      line.nearPlaces(stop, NEAR_M).map((place) => {
        let best: Fit = { along: place.along, cost: unplaced(i) + place.offsetM, previous: null };
        fits.forEach((earlier, j) =>
          earlier.forEach((before, p) => {
            const cost = before.cost + unplaced(i - j - 1) + place.offsetM;
            if (before.along <= place.along + ORDER_SLACK_M && cost < best.cost) best = { along: place.along, cost, previous: { stop: j, place: p } };
          }),
        );
        return best;
      }),
    );
  });
  // The cheapest fit overall: its last placed stop, with every stop after it unplaced.
  let best = { cost: unplaced(stops.length), end: null as { stop: number; place: number } | null };
  for (const [i, choices] of fits.entries()) {
    for (const [p, choice] of choices.entries()) {
      const cost = choice.cost + unplaced(stops.length - 1 - i);
      if (cost < best.cost) best = { cost, end: { stop: i, place: p } };
    }
  }
  const alongM: number[] = stops.map(() => NaN);
  for (let at = best.end; at; at = fits[at.stop]![at.place]!.previous) alongM[at.stop] = fits[at.stop]![at.place]!.along;
  return { placed: { line, alongM: fillUnplaced(alongM, line.lengthM) }, cost: best.cost };
}

/** Unplaced stops (NaN) go evenly between the placed stops around them, or the line's ends. */
function fillUnplaced(alongM: number[], lengthM: number): number[] {
  const filled = [...alongM];
  for (let i = 0; i < filled.length; i++) {
    if (!Number.isNaN(filled[i])) continue;
    const before = i === 0 ? { index: -1, along: 0 } : { index: i - 1, along: filled[i - 1]! };
    let next = i;
    while (next < filled.length && Number.isNaN(filled[next])) next++;
    const after = next < filled.length ? filled[next]! : lengthM;
    for (let j = i; j < next; j++) filled[j] = before.along + ((after - before.along) * (j - before.index)) / (next - before.index);
  }
  // Stops allowed a few metres out of order (ORDER_SLACK_M) stand together instead.
  for (let i = 1; i < filled.length; i++) filled[i] = Math.max(filled[i]!, filled[i - 1]!);
  return filled;
}
