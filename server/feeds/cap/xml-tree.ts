/**
 * Parses XML text (already through xml-guard) into a small namespace-resolved element tree.
 * fast-xml-parser runs with entity processing OFF; the only references decoded here are the five
 * predefined entities and numeric character references, which cannot expand or reach outside.
 */
import { XMLParser } from "fast-xml-parser";
import { EXCERPT_MAX_CHARS } from "../parse-result";
import { fail } from "../validate";

export type XmlElement = {
  /** The resolved namespace URI, or null for an element in no namespace. */
  namespace: string | null;
  /** Local name, without prefix. */
  name: string;
  /** Attributes by their name as written (unprefixed ones are what CAP, Atom and RSS use). */
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own text (text nodes and CDATA), trimmed, entities decoded. */
  text: string;
};

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const ATTRIBUTE_PREFIX = "@_";
const CDATA_KEY = "#cdata";
const TEXT_KEY = "#text";

type OrderedNode = { [key: string]: OrderedNode[] | string | { [attribute: string]: string } };

export function parseXmlTree(text: string, maxDepth: number): XmlElement {
  const parser = new XMLParser({
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    preserveOrder: true,
    cdataPropName: CDATA_KEY,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // The parser allows this many levels below the root element.
    maxNestedTags: maxDepth - 1,
  });
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text, true) as OrderedNode[];
  } catch (error) {
    const message = (error as Error).message;
    if (/Maximum nested tags/i.test(message)) fail(`document nests elements deeper than ${maxDepth} levels`);
    fail(`not well-formed XML: ${message}`.slice(0, 200));
  }
  const roots = nodes.filter((node) => elementName(node) !== undefined);
  if (roots.length !== 1) fail(`document has ${roots.length} root elements, expected 1`);
  return toElement(roots[0]!, new Map([["xml", XML_NAMESPACE]]));
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@" && key !== TEXT_KEY && key !== CDATA_KEY);
}

function toElement(node: OrderedNode, parentScope: ReadonlyMap<string, string>): XmlElement {
  const qualifiedName = elementName(node)!;
  const rawAttributes = (node[":@"] ?? {}) as { [attribute: string]: string };
  const scope = new Map(parentScope);
  const attributes = new Map<string, string>();
  for (const [key, raw] of Object.entries(rawAttributes)) {
    const name = key.slice(ATTRIBUTE_PREFIX.length);
    const value = decodeReferences(raw);
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice("xmlns:".length), value);
    else attributes.set(name, value);
  }
  const separator = qualifiedName.indexOf(":");
  const prefix = separator === -1 ? "" : qualifiedName.slice(0, separator);
  const namespace = scope.get(prefix) || null;
  if (prefix && !namespace) fail(`element <${qualifiedName.slice(0, 40)}> uses an undeclared namespace prefix`);
  const element: XmlElement = { namespace, name: qualifiedName.slice(separator + 1), attributes, children: [], text: "" };
  const texts: string[] = [];
  for (const child of node[qualifiedName] as OrderedNode[]) {
    if (TEXT_KEY in child) texts.push(decodeReferences(String(child[TEXT_KEY])));
    else if (CDATA_KEY in child) texts.push(String((child[CDATA_KEY] as OrderedNode[])[0]?.[TEXT_KEY] ?? ""));
    else element.children.push(toElement(child, scope));
  }
  element.text = texts.join("").trim();
  return element;
}

const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));|&/g;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes predefined and numeric references; any other "&" means an undeclared entity. */
function decodeReferences(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(REFERENCE, (match: string, hex: string | undefined, decimal: string | undefined, name: string | undefined, offset: number) => {
    if (name) return PREDEFINED[name]!;
    if (!hex && !decimal) fail(`undeclared entity or bare "&" at "${raw.slice(offset, offset + 20)}"`);
    const codePoint = hex ? parseInt(hex, 16) : Number(decimal);
    if (!isXmlChar(codePoint)) fail(`character reference ${match} is not an XML character`);
    return String.fromCodePoint(codePoint);
  });
}

function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** A short XML-ish rendering of an element, for rejection excerpts. */
export function excerptOfElement(element: XmlElement): string {
  let out = "";
  const visit = (node: XmlElement): void => {
    if (out.length > EXCERPT_MAX_CHARS) return;
    out += `<${node.name}>${node.text}`;
    node.children.forEach(visit);
    out += `</${node.name}>`;
  };
  visit(element);
  return out.slice(0, EXCERPT_MAX_CHARS);
}
