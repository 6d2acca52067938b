"use client";

import { useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useId, useState, type KeyboardEvent } from "react";
import type { MapFocus } from "@/components/map/map-view";
import { formatPlaceName } from "@/components/map/place-name";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { PLACE_KIND_LABELS, type PlaceKind } from "@/lib/domain/dispatch";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";
import { useDebouncedValue } from "./use-debounced-value";

type Place = RouterOutputs["dispatch"]["searchPlaces"][number];

/** How close to fly for each kind of place: a ward whole, a building at street level. */
const ZOOM_FOR: Record<PlaceKind, number> = {
  ward: 13.5,
  road: 15,
  junction: 16,
  hospital: 16,
  stop: 16.5,
  school: 16,
  health_facility: 16,
  coordinates: 16,
};

const MIN_CHARACTERS = 2;

/** Type-ahead over the city's gazetteer (dispatch.searchPlaces); picking a place flies the map there. */
export function PlaceSearch({ onPick }: { onPick: (focus: MapFocus, place: Place) => void }) {
  const trpc = useTRPC();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 200);
  const results = useQuery({ ...trpc.dispatch.searchPlaces.queryOptions({ text: query, limit: 8 }), enabled: query.length >= MIN_CHARACTERS, staleTime: Infinity });
  const places = query.length >= MIN_CHARACTERS ? (results.data ?? []) : [];
  const showList = open && places.length > 0;

  const pick = (place: Place) => {
    onPick({ lon: place.lon, lat: place.lat, zoom: ZOOM_FOR[place.kind] }, place);
    setText(placeName(place));
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (places.length ? (index + step + places.length) % places.length : 0));
    } else if (event.key === "Enter" && places.length > 0) {
      event.preventDefault();
      pick(places[Math.min(active, places.length - 1)]!);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <Search aria-hidden className="text-muted-foreground pointer-events-none absolute top-2.5 left-2.5 size-4" />
      <Input
        type="search"
        role="combobox"
        aria-label="Search places"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList ? `${listId}-${active}` : undefined}
        placeholder="Ward, road, junction, stop, hospital…"
        className="pl-8"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Places" className={cn("bg-card absolute inset-x-0 top-10 z-20 max-h-72 overflow-y-auto rounded-md border py-1 shadow-xl", !showList && "hidden")}>
        {places.map((place, index) => (
          <li
            key={`${place.kind}-${place.name}-${place.lon}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Before the input's blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(place)}
            className={cn("cursor-pointer px-3 py-1.5 text-sm", index === active && "bg-muted")}
          >
            <span className="block truncate">{placeName(place)}</span>
            <span className="text-muted-foreground block truncate text-xs">
              {PLACE_KIND_LABELS[place.kind]}
              {place.wardName && place.kind !== "ward" && ` · ${formatPlaceName(place.wardName)}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const placeName = (place: Place) => (place.kind === "ward" ? formatPlaceName(place.name) : place.name);
