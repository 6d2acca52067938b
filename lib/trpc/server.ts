import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { createRequestContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";

/**
 * tRPC for server components: the same procedures, access checks included, called in-process
 * with the visitor's cookie. Pages use it to decide, before rendering, who may see them.
 */
export async function serverCaller() {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  const request = new Request("http://internal/", {
    headers: { cookie: cookieStore.toString(), "user-agent": headerList.get("user-agent") ?? "", "x-forwarded-for": headerList.get("x-forwarded-for") ?? "" },
  });
  return createCaller(await createRequestContext(request, null));
}

/** The signed-in user or display for a page, or a redirect to sign in and come back to `path`. */
export async function requirePageSession(path: string) {
  const me = await (await serverCaller()).auth.me();
  if (!me) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return me;
}
