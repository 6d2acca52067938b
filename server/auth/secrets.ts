import { createHash, randomBytes } from "node:crypto";

/** A new secret for a session cookie or API token: 256 bits from the OS CSPRNG, with a readable prefix. */
export function newSecret(prefix: "cds" | "cdt" | "cdd"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** Secrets are stored only as SHA-256: a leaked table grants nothing (they have full entropy, so no salt is needed). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
