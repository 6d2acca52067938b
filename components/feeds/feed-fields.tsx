import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FeedType } from "@/lib/domain/feeds";
import { feedEndpointHint } from "./feed-types";

/** What a supervisor types for a feed, as the inputs hold it (the interval as text until submitted). */
export interface FeedFieldValues {
  name: string;
  endpoint: string;
  intervalS: string;
}

export const feedFieldValues = (feed: { name: string; endpoint: string; intervalS: number }): FeedFieldValues => ({
  name: feed.name,
  endpoint: feed.endpoint,
  intervalS: String(feed.intervalS),
});

/** Name, endpoint and interval: the settings both registering and editing a feed ask for. */
export function FeedFields({ type, values, onChange }: { type: FeedType; values: FeedFieldValues; onChange: (values: FeedFieldValues) => void }) {
  const set = (key: keyof FeedFieldValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  return (
    <>
      <Field label="Name"><Input required maxLength={120} value={values.name} onChange={set("name")} /></Field>
      <Field label="Endpoint" hint={feedEndpointHint(type)}><Input required maxLength={500} className="w-96 font-mono text-xs" value={values.endpoint} onChange={set("endpoint")} /></Field>
      <Field label="Interval (s)"><Input required type="number" min={1} max={86_400} className="w-28" value={values.intervalS} onChange={set("intervalS")} /></Field>
    </>
  );
}
