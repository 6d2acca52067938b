import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoLogins } from "@/components/auth/demo-logins";
import { safeNextPath } from "@/lib/safe-next-path";
import { serverCaller } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const caller = await serverCaller();
  if (await caller.auth.me()) redirect(next);
  const demo = await caller.auth.demoLogins();
  return (
    <main className="grid min-h-full place-items-center p-6">
      <div className="flex w-full max-w-md flex-col gap-6">
        <header>
          <h1 className="text-2xl font-semibold">CityDeck</h1>
          <p className="text-muted-foreground text-sm">Nairobi operations center. Sign in with your agency account.</p>
        </header>
        <div className="bg-card rounded-lg border p-6">
          <SignInForm next={next} />
        </div>
        {demo.password && <DemoLogins password={demo.password} logins={demo.logins} />}
      </div>
    </main>
  );
}
