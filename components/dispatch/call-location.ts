/** Where a call is: a place picked from the gazetteer, or a point clicked on the map. */
export interface CallLocation {
  lon: number;
  lat: number;
  /** The place's name, which becomes the incident's address; null for a clicked point. */
  address: string | null;
  /** The ward, when known, to confirm the place with the caller ("Kencom, in Central ward?"). */
  wardName: string | null;
}
