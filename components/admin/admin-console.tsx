"use client";

import { useState } from "react";
import type { Role } from "@/lib/domain/access";
import { cn } from "@/components/ui/cn";
import Link from "next/link";
import { ApiTokensPanel } from "./api-tokens-panel";
import { AuditPanel } from "./audit-panel";
import { DrillsPanel } from "./drills-panel";
import { ExportPanel } from "./export-panel";
import { SharingPanel } from "./sharing-panel";
import { UsersPanel } from "./users-panel";

type Tab = "users" | "tokens" | "sharing" | "audit" | "drills" | "export";
const TAB_LABELS: Record<Tab, string> = { users: "Users", tokens: "Tokens", sharing: "Sharing", audit: "Audit log", drills: "Drills", export: "Export" };

/** Admins manage their agency; supervisors read the audit log. The server enforces the same split. */
export function AdminConsole({ role, agencyId, agencyName }: { role: Role; agencyId: string; agencyName: string }) {
  const tabs: Tab[] = role === "admin" ? ["users", "tokens", "sharing", "audit", "drills", "export"] : ["audit", "drills"];
  const [tab, setTab] = useState<Tab>(tabs[0]!);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Administration pages" className="flex gap-4 text-sm">
        <Link href="/admin/feeds" className="text-primary hover:underline">Feeds and their health</Link>
        <Link href="/admin/rules" className="text-primary hover:underline">Alert rules</Link>
      </nav>
      <div role="tablist" aria-label="Administration" className="flex gap-1 border-b">
        {tabs.map((t) => (
          <button
            key={t}
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            className={cn("-mb-px border-b-2 px-4 py-2 text-sm", tab === t ? "border-primary font-semibold" : "text-muted-foreground border-transparent")}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={TAB_LABELS[tab]}>
        {tab === "users" && <UsersPanel />}
        {tab === "tokens" && <ApiTokensPanel />}
        {tab === "sharing" && <SharingPanel ownAgencyId={agencyId} />}
        {tab === "audit" && <AuditPanel />}
        {tab === "drills" && <DrillsPanel />}
        {tab === "export" && <ExportPanel agencyName={agencyName} />}
      </div>
    </div>
  );
}
