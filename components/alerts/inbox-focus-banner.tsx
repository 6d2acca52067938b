"use client";

import { useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { ALERT_SUBJECT_KIND_LABELS, type AlertSubject } from "@/lib/domain/alerts";
import { useTRPC } from "@/lib/trpc/client";
import type { InboxFocus } from "./inbox-focus";

/** Says what a link narrowed the inbox to, and leads back to the whole inbox. */
export function InboxFocusBanner({ focus }: { focus: Exclude<InboxFocus, { kind: "all" }> }) {
  return (
    <section aria-labelledby="inbox-focus-title" className="border-primary/40 bg-primary/10 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-4 py-3">
      <div className="min-w-0 flex-1">
        <h2 id="inbox-focus-title" className="font-semibold break-words">
          {focus.kind === "subject" ? <SubjectTitle subject={focus.subject} /> : focus.kind === "alert" ? "One alert, from a link" : "This link cannot be opened"}
        </h2>
        <p className="text-muted-foreground text-sm">
          {focus.kind === "subject" ? "Every status, newest first." : focus.kind === "alert" ? "Whatever its status." : focus.reason}
        </p>
      </div>
      <Link href="/alerts" className={buttonVariants({ variant: "outline", size: "sm" })}>
        <X aria-hidden className="size-3.5" />
        Show all alerts
      </Link>
    </section>
  );
}

/** A sensor by its name when the viewer may see it; any other subject (or an unshared sensor) by its id. */
function SubjectTitle({ subject }: { subject: AlertSubject }) {
  const trpc = useTRPC();
  const sensor = useQuery({ ...trpc.sensors.get.queryOptions({ id: subject.id }), enabled: subject.kind === "sensor", retry: false });
  return (
    <>
      Alerts for {ALERT_SUBJECT_KIND_LABELS[subject.kind]} {sensor.data?.name ?? subject.id}
    </>
  );
}
