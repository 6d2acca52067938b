import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDatabase } from "@/db/client";
import { appRouter } from "@/server/api/root";
import { requestSourceAddress } from "@/server/api/request-source";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ database: await getDatabase(), sourceAddress: requestSourceAddress(req) }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });

export { handler as GET, handler as POST };
