import {
  AddIncidentNoteInput,
  AssignUnitInput,
  CreateIncidentInput,
  IncidentIdInput,
  LinkCallInput,
  ListIncidentsInput,
  ReleaseUnitInput,
  SetIncidentStatusInput,
  UpdateIncidentDetailsInput,
} from "@/lib/domain/incidents";
import { agencyScope } from "@/server/auth/agency-scope";
import { addIncidentNote } from "@/server/services/incidents/add-incident-note";
import { assignUnit } from "@/server/services/incidents/assign-unit";
import { createIncident } from "@/server/services/incidents/create-incident";
import { incidentTimeline } from "@/server/services/incidents/incident-timeline";
import { linkCall } from "@/server/services/incidents/link-call";
import { listIncidents } from "@/server/services/incidents/list-incidents";
import { releaseUnit } from "@/server/services/incidents/release-unit";
import { setIncidentStatus } from "@/server/services/incidents/set-incident-status";
import { updateIncidentDetails } from "@/server/services/incidents/update-incident-details";
import { dispatcherProcedure, operatorProcedure, router, viewerProcedure } from "../trpc";

export const incidentsRouter = router({
  list: viewerProcedure
    .input(ListIncidentsInput)
    .query(async ({ ctx, input }) => listIncidents(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "incidents"), input)),
  timeline: viewerProcedure
    .input(IncidentIdInput)
    .query(async ({ ctx, input }) => {
      const { db } = ctx.database;
      const scopes = { incidents: await agencyScope(db, ctx.session, "incidents"), alerts: await agencyScope(db, ctx.session, "alerts") };
      return incidentTimeline(db, scopes, input.id);
    }),
  create: dispatcherProcedure.input(CreateIncidentInput).mutation(({ ctx, input }) => createIncident(ctx.database.db, ctx.session, ctx.actor, input)),
  updateDetails: dispatcherProcedure
    .input(UpdateIncidentDetailsInput)
    .mutation(({ ctx, input }) => updateIncidentDetails(ctx.database.db, ctx.session, ctx.actor, input)),
  setStatus: dispatcherProcedure.input(SetIncidentStatusInput).mutation(({ ctx, input }) => setIncidentStatus(ctx.database.db, ctx.session, ctx.actor, input)),
  addNote: operatorProcedure.input(AddIncidentNoteInput).mutation(({ ctx, input }) => addIncidentNote(ctx.database.db, ctx.session, ctx.actor, input)),
  linkCall: dispatcherProcedure.input(LinkCallInput).mutation(({ ctx, input }) => linkCall(ctx.database.db, ctx.session, ctx.actor, input)),
  assignUnit: dispatcherProcedure.input(AssignUnitInput).mutation(({ ctx, input }) => assignUnit(ctx.database.db, ctx.session, ctx.actor, input)),
  releaseUnit: dispatcherProcedure.input(ReleaseUnitInput).mutation(({ ctx, input }) => releaseUnit(ctx.database.db, ctx.session, ctx.actor, input)),
});
