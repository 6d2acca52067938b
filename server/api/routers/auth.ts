import { SignInInput } from "@/lib/domain/access";
import { clearedSessionCookie, sessionCookie } from "@/server/auth/session-cookie";
import { listDemoLogins } from "@/server/auth/demo-users";
import { describeSession } from "@/server/services/access/describe-session";
import { signIn } from "@/server/services/access/sign-in";
import { signOut } from "@/server/services/access/sign-out";
import { publicProcedure, router, viewerProcedure } from "../trpc";

export const authRouter = router({
  signIn: publicProcedure.input(SignInInput).mutation(async ({ ctx, input }) => {
    const { session, user } = await signIn(ctx.database.db, input, ctx);
    ctx.resHeaders?.append("Set-Cookie", sessionCookie(session.secret, { secure: ctx.secure, maxAgeS: session.maxAgeS }));
    return user;
  }),
  signOut: viewerProcedure.mutation(async ({ ctx }) => {
    await signOut(ctx.database.db, ctx.session, ctx.actor);
    ctx.resHeaders?.append("Set-Cookie", clearedSessionCookie(ctx.secure));
    return { signedOut: true };
  }),
  /** In demo mode, the demo accounts, so the sign-in page can list them; empty otherwise. */
  demoLogins: publicProcedure.query(() => listDemoLogins()),
  /** Who is signed in (null when nobody): the UI decides what to show from this. */
  me: publicProcedure.query(({ ctx }) => (ctx.session ? describeSession(ctx.database.db, ctx.session) : null)),
});
