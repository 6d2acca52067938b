/**
 * First line of defence for untrusted XML, run on the raw text before any parser sees it. CAP and
 * its feeds never need a document type declaration, and every entity attack (billion laughs,
 * external entities / XXE, parameter entities) needs one, so any declaration is refused outright
 * rather than "safely" processed. Case and spacing variants are refused too, and so is the text
 * inside CDATA or comments: a rare false refusal is cheaper than a tokenizer that could be fooled.
 */
const DECLARATION = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;

/** Why the document must not be parsed, or null when it may be. */
export function findForbiddenDeclaration(text: string): string | null {
  const match = DECLARATION.exec(text);
  if (!match) return null;
  return `document contains a <!${match[1]!.toUpperCase()}> declaration; DTDs and entities are refused (entity expansion, XXE)`;
}
