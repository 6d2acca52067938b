/** Small readers over an XmlElement's children, by namespace and local name. */
import type { XmlElement } from "./xml-tree";
import { fail } from "../validate";

export function childrenNamed(parent: XmlElement, namespace: string | null, name: string): XmlElement[] {
  return parent.children.filter((child) => child.namespace === namespace && child.name === name);
}

/** The child's text; null when the element is absent or empty. Schemas that allow one get one. */
export function optionalChildText(parent: XmlElement, namespace: string | null, name: string): string | null {
  const matches = childrenNamed(parent, namespace, name);
  if (matches.length > 1) fail(`<${parent.name}> has ${matches.length} <${name}> elements, expected at most one`);
  return matches[0]?.text || null;
}

export function requiredChildText(parent: XmlElement, namespace: string | null, name: string): string {
  return optionalChildText(parent, namespace, name) ?? fail(`<${parent.name}> is missing <${name}>`);
}

/** Checks a value against one of the standard's closed lists, naming the list in the reason. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    fail(`${field} "${value.slice(0, 40)}" is not one of ${allowed.join(", ")}`);
  }
  return value as T;
}
