import { ROLE_LABELS, type Role } from "@/lib/domain/access";

/** Demo mode only: the seeded accounts, so a first-time visitor can try every role. */
export function DemoLogins({ password, logins }: { password: string; logins: { email: string; role: Role; agencyId: string }[] }) {
  const agencies = [...new Set(logins.map((l) => l.agencyId))];
  return (
    <section aria-label="Demo accounts" className="text-muted-foreground rounded-lg border border-dashed p-4 text-xs">
      <p className="mb-2">
        Demo mode: every account below uses the password <code className="text-foreground font-mono">{password}</code>.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {agencies.map((agency) => (
          <div key={agency} className="contents">
            <dt className="text-foreground font-medium">{agency}</dt>
            <dd className="font-mono">
              {logins
                .filter((l) => l.agencyId === agency)
                .map((l) => (
                  <span key={l.email} title={ROLE_LABELS[l.role]} className="mr-3 inline-block">
                    {l.email}
                  </span>
                ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
