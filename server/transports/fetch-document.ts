/**
 * One HTTP GET of a feed document, defensively: a timeout, a size cap enforced while reading
 * (a hostile or broken server cannot make us buffer gigabytes), and conditional requests
 * (ETag / Last-Modified) so an unchanged feed costs a 304 instead of a download.
 */
export type Validators = { etag: string | null; lastModified: string | null };

export type FetchedDocument = { notModified: true } | { notModified: false; body: Uint8Array; validators: Validators };

export type FetchOptions = {
  validators?: Validators | null;
  accept: string;
  timeoutMs?: number;
  maxBytes?: number;
};

class FetchError extends Error {}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export async function fetchDocument(url: string, options: FetchOptions): Promise<FetchedDocument> {
  const { validators, accept, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const headers = new Headers({ accept });
  if (validators?.etag) headers.set("if-none-match", validators.etag);
  if (validators?.lastModified) headers.set("if-modified-since", validators.lastModified);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new FetchError(`GET ${url} failed: ${cause}`);
  }
  if (response.status === 304) return { notModified: true };
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchError(`GET ${url} answered HTTP ${response.status}`);
  }
  const body = await readCapped(response, url, maxBytes);
  return { notModified: false, body, validators: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") } };
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`GET ${url}: ${declared} bytes is over the ${maxBytes}-byte limit`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(`GET ${url}: body is over the ${maxBytes}-byte limit`);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}
