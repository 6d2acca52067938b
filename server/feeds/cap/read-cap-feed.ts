/**
 * Atom and RSS feeds of CAP alerts. An entry either embeds the alert (Atom <content
 * type="application/cap+xml"> holding <alert>, or <alert> directly in the entry or item) or links
 * to it (a link typed application/cap+xml first, then the entry's plain link or an RSS enclosure).
 */
import { CAP_NAMESPACE, type CapAlertLink } from "./cap-types";
import { isCapAlertElement } from "./read-cap-alert";
import { childrenNamed, optionalChildText } from "./xml-select";
import type { XmlElement } from "./xml-tree";
import { checkHttpUrl, fail, parseZonedDateTime } from "../validate";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const CAP_MEDIA_TYPE = "application/cap+xml";

/** One feed entry: exactly one of `alert` (embedded) and `link` (to fetch) is set. */
export type FeedEntry = { alert: XmlElement; link: null } | { alert: null; link: Omit<CapAlertLink, "index"> };

/** The feed's entries, or null when the root is neither an Atom feed nor an RSS 2.0 document. */
export function findFeedEntries(root: XmlElement): XmlElement[] | null {
  if (root.name === "feed" && root.namespace === ATOM_NAMESPACE) return childrenNamed(root, ATOM_NAMESPACE, "entry");
  if (root.name === "rss" && root.namespace === null) {
    return childrenNamed(root, null, "channel").flatMap((channel) => childrenNamed(channel, null, "item"));
  }
  return null;
}

export function readFeedEntry(entry: XmlElement): FeedEntry {
  const atom = entry.namespace === ATOM_NAMESPACE;
  const alert = findEmbeddedAlert(entry, atom);
  if (alert) return { alert, link: null };
  const url = atom ? atomCapLink(entry) : rssCapLink(entry);
  if (!url) fail(`${atom ? "entry" : "item"} neither embeds a CAP alert nor links to one`);
  return {
    alert: null,
    link: {
      url: checkHttpUrl(url, "alert link"),
      entryId: optionalChildText(entry, entry.namespace, atom ? "id" : "guid"),
      updated: atom ? atomUpdated(entry) : rssPubDate(entry),
    },
  };
}

function findEmbeddedAlert(entry: XmlElement, atom: boolean): XmlElement | undefined {
  const containers = atom ? [entry, ...childrenNamed(entry, ATOM_NAMESPACE, "content")] : [entry];
  const alerts = containers.flatMap((container) => container.children.filter(isCapAlertElement));
  if (alerts.length > 1) fail(`entry embeds ${alerts.length} CAP alerts, expected one`);
  // An <alert> in the wrong namespace (CAP 1.1, a typo) is refused loudly rather than skipped.
  const foreign = containers.flatMap((container) => container.children).find((child) => child.name === "alert" && !isCapAlertElement(child));
  if (!alerts[0] && foreign) fail(`entry embeds an <alert> in namespace "${foreign.namespace ?? "none"}", not CAP 1.2 (${CAP_NAMESPACE})`);
  return alerts[0];
}

function atomCapLink(entry: XmlElement): string | undefined {
  const links = childrenNamed(entry, ATOM_NAMESPACE, "link");
  const typed = links.find((link) => link.attributes.get("type") === CAP_MEDIA_TYPE);
  // Feeds like the US NWS one link the CAP document as a plain alternate; an HTML page is not it.
  const alternate = links.find(
    (link) => (link.attributes.get("rel") ?? "alternate") === "alternate" && (link.attributes.get("type") ?? "xml").includes("xml"),
  );
  return (typed ?? alternate)?.attributes.get("href");
}

function rssCapLink(item: XmlElement): string | undefined {
  const enclosure = childrenNamed(item, null, "enclosure").find((element) => element.attributes.get("type") === CAP_MEDIA_TYPE);
  return enclosure?.attributes.get("url") ?? optionalChildText(item, null, "link") ?? undefined;
}

/** Entry times only decide whether to refetch, so an unreadable one is dropped, not fatal. */
function atomUpdated(entry: XmlElement): Date | null {
  const text = optionalChildText(entry, ATOM_NAMESPACE, "updated");
  try {
    return text ? parseZonedDateTime(text, "updated") : null;
  } catch {
    return null;
  }
}

/** RSS dates are RFC 822 ("Tue, 23 Apr 2024 06:00:00 +0300"), which Date.parse reads. */
function rssPubDate(item: XmlElement): Date | null {
  const text = optionalChildText(item, null, "pubDate");
  const ms = text ? Date.parse(text) : NaN;
  return Number.isFinite(ms) ? new Date(ms) : null;
}
