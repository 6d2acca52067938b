"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorNote } from "@/components/admin/error-note";
import { useTRPC } from "@/lib/trpc/client";

/** What a feed sent that ingestion refused, newest first: the reason and the offending input. */
export function FeedDeadLetters({ feedId, feedName }: { feedId: string; feedName: string }) {
  const trpc = useTRPC();
  const letters = useQuery(trpc.feeds.rejects.queryOptions({ feedId, limit: 50 }));
  return (
    <section aria-label={`Dead letters of ${feedName}`} className="flex flex-col gap-2">
      <ErrorNote error={letters.error} />
      {letters.data?.length === 0 && <p className="text-muted-foreground text-sm">Nothing refused.</p>}
      <ol className="flex flex-col gap-2">
        {letters.data?.map((letter) => (
          <li key={letter.id} className="rounded-md border p-2 text-sm">
            <p>
              <time dateTime={letter.at.toISOString()} className="text-muted-foreground mr-2 tabular-nums">{letter.at.toLocaleString()}</time>
              {letter.reason}
            </p>
            <pre className="bg-muted/40 mt-1 max-h-32 overflow-auto rounded p-2 font-mono text-xs break-all whitespace-pre-wrap">{letter.excerpt}</pre>
          </li>
        ))}
      </ol>
    </section>
  );
}
