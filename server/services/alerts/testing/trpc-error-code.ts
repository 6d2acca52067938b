import { TRPCError } from "@trpc/server";

/** "OK", or the tRPC error code a call failed with: what a client would see. */
export async function trpcErrorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}
