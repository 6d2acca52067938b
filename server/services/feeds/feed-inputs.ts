/** What the feeds router accepts (validated here, ruled on in the services). */
import { z } from "zod";
import { FEED_TYPES } from "@/lib/domain/feeds";

const feedId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "Feed ids are 2-60 lower-case letters, digits and dashes.");
const endpoint = z.string().trim().min(1).max(500);
const intervalS = z.number().int().min(1).max(86_400);

export const CreateFeedInput = z.object({
  id: feedId,
  /** Defaults to the caller's agency; only the command center may register a feed for another. */
  agencyId: z.string().regex(/^[a-z0-9-]{2,40}$/).optional(),
  type: z.enum(FEED_TYPES),
  name: z.string().trim().min(1).max(120),
  endpoint,
  intervalS,
  enabled: z.boolean().default(true),
});
export type CreateFeedInput = z.infer<typeof CreateFeedInput>;

export const UpdateFeedInput = z.object({
  id: feedId,
  name: z.string().trim().min(1).max(120).optional(),
  endpoint: endpoint.optional(),
  intervalS: intervalS.optional(),
});
export type UpdateFeedInput = z.infer<typeof UpdateFeedInput>;

export const SetFeedEnabledInput = z.object({ id: feedId, enabled: z.boolean() });

export const FeedRejectsInput = z.object({ feedId, limit: z.number().int().min(1).max(200).default(50) });
export type FeedRejectsInput = z.infer<typeof FeedRejectsInput>;
