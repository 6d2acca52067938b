/** A request body read with a size cap, enforced while reading (a lying Content-Length cannot get past it). */
export class PayloadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The body is over the ${maxBytes}-byte limit; send smaller batches.`);
  }
}

export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}
