import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { API_TOKEN_SCOPES, DATA_DOMAINS, ROLES } from "@/lib/domain/access";
import { agencies } from "./agencies";
import { sqlList } from "./sql-list";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** argon2id (PHC string). */
    passwordHash: text("password_hash").notNull(),
    demo: boolean("demo").notNull().default(false),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_uniq").on(t.email),
    index("users_agency_idx").on(t.agencyId),
    check("users_role_check", sql`${t.role} in ${sqlList(ROLES)}`),
    check("users_email_check", sql`${t.email} = lower(${t.email}) and ${t.email} like '%@%'`),
  ],
);
export type User = typeof users.$inferSelect;

export const TOKEN_KINDS = ["integration", "display"] as const;

/**
 * Machine credentials: integration tokens for feed push endpoints, display tokens for kiosk
 * wallboards. Only a SHA-256 of the secret is stored; the secret is shown once.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    kind: text("kind", { enum: TOKEN_KINDS }).notNull(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** First characters of the secret, to tell tokens apart in lists. */
    prefix: text("prefix").notNull(),
    scopes: text("scopes").array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_uniq").on(t.tokenHash),
    index("api_tokens_agency_idx").on(t.agencyId),
    check("api_tokens_kind_check", sql`${t.kind} in ${sqlList(TOKEN_KINDS)}`),
    check("api_tokens_scopes_check", sql`${t.scopes} <@ ${sql.raw(`'{${API_TOKEN_SCOPES.join(",")}}'::text[]`)}`),
  ],
);
export type ApiToken = typeof apiTokens.$inferSelect;

/** Browser sessions (users) and kiosk sessions (display tokens). The id is SHA-256 of the cookie secret. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id").references(() => users.id),
    displayTokenId: uuid("display_token_id").references(() => apiTokens.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    sourceAddress: text("source_address"),
    userAgent: text("user_agent"),
  },
  (t) => [
    index("sessions_user_idx").on(t.userId),
    check("sessions_subject_check", sql`(${t.userId} is null) <> (${t.displayTokenId} is null)`),
  ],
);
export type Session = typeof sessions.$inferSelect;

/** Failed sign-ins, counted per account and per address for rate limiting. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    sourceAddress: text("source_address"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.at), index("login_attempts_address_idx").on(t.sourceAddress, t.at)],
);

/** Agency `ownerAgencyId` lets `granteeAgencyId` see its records of one data domain, until revoked. */
export const sharingGrants = pgTable(
  "sharing_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerAgencyId: text("owner_agency_id")
      .notNull()
      .references(() => agencies.id),
    granteeAgencyId: text("grantee_agency_id")
      .notNull()
      .references(() => agencies.id),
    domain: text("domain", { enum: DATA_DOMAINS }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("sharing_grants_active_uniq")
      .on(t.ownerAgencyId, t.granteeAgencyId, t.domain)
      .where(sql`${t.revokedAt} is null`),
    index("sharing_grants_grantee_idx").on(t.granteeAgencyId),
    check("sharing_grants_domain_check", sql`${t.domain} in ${sqlList(DATA_DOMAINS)}`),
    check("sharing_grants_distinct_check", sql`${t.ownerAgencyId} <> ${t.granteeAgencyId}`),
  ],
);
export type SharingGrant = typeof sharingGrants.$inferSelect;

/** Append-only record of every mutation (a trigger refuses UPDATE and DELETE). */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    /** Who, readable even for machine actors: "jane@city (dispatcher)", "token:mqtt-bridge", "system:simulator". */
    actorLabel: text("actor_label").notNull(),
    agencyId: text("agency_id").references(() => agencies.id),
    action: text("action").notNull(),
    entityKind: text("entity_kind").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    sourceAddress: text("source_address"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entityKind, t.entityId),
    index("audit_log_actor_idx").on(t.actorUserId),
  ],
);
export type AuditEntry = typeof auditLog.$inferSelect;
