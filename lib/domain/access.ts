import { z } from "zod";

/** Roles, most powerful first. A user has exactly one, within one agency. */
export const ROLES = ["admin", "supervisor", "dispatcher", "operator", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  supervisor: "Supervisor",
  dispatcher: "Dispatcher",
  operator: "Operator",
  viewer: "Viewer",
};

/** Data domains an agency can share with another (sharing grants are per domain). */
export const DATA_DOMAINS = ["incidents", "units", "sensors", "feeds", "alerts", "transit"] as const;
export type DataDomain = (typeof DATA_DOMAINS)[number];

/** The agency whose staff see across every agency: the city's command center. */
export const COMMAND_AGENCY_KIND = "command";

export const API_TOKEN_SCOPES = ["ingest:senml", "ingest:cap", "ingest:open311", "ingest:calls", "read:cap-feed", "export"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

const agencyId = z.string().regex(/^[a-z0-9-]{2,40}$/);

export const CreateUserInput = z.object({
  /** Defaults to the admin's own agency; only command-center admins may pick another. */
  agencyId: agencyId.optional(),
  email: z.string().trim().toLowerCase().email().max(200),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: z.string().min(12, "Passwords need at least 12 characters.").max(200),
});

export const UpdateUserInput = z.object({
  userId: z.uuid(),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
});

export const CreateApiTokenInput = z.object({
  agencyId: agencyId.optional(),
  kind: z.enum(["integration", "display"]),
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(API_TOKEN_SCOPES)).default([]),
});

export const IdInput = z.object({ id: z.uuid() });

export const CreateSharingGrantInput = z.object({
  ownerAgencyId: agencyId.optional(),
  granteeAgencyId: agencyId,
  domain: z.enum(DATA_DOMAINS),
});

export const SearchAuditInput = z.object({
  text: z.string().trim().max(100).optional(),
  entityKind: z.string().max(40).optional(),
  actorUserId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  /** Page cursor: entries older than this id. */
  cursor: z.number().int().positive().nullish(),
});
export type SearchAuditInput = z.infer<typeof SearchAuditInput>;
