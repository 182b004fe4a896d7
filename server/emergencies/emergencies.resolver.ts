import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context.js';
import type { Access } from '../core/access.js';
import { requireUser } from '../core/policy.js';
import { notFound } from '../core/errors.js';
import { keyOf, toGlobalId } from '../core/ids.js';
import { UserType } from '../accounts/index.js';
import { Building, BuildingType, Community, CommunityType, coversSql, Organization, OrganizationType, UnitType } from '../communities/index.js';
import { IssueType, readableIssue } from '../issues/index.js';
import { DomainEventType, type DomainEvent, eventService as events } from '../events/index.js';
import { EMERGENCY_LIST } from '../../common/emergency-limits.js';
import { Incident, IncidentUpdate, RollCallEntry, VulnerableResident } from './incident.entity.js';
import { BuildingAckRateType, IncidentAlertType, IncidentFiguresType, IncidentSummaryType, IncidentType, IncidentUpdateType, RollCallEntryType, VulnerableResidentType } from './incident.types.js';
import {
  AnswerIncidentInput,
  DeclareIncidentInput,
  EditVulnerableResidentInput,
  IncidentEventsArgs,
  IncidentRefInput,
  IncidentsArgs,
  IncidentSummaryInput,
  MarkReachedInput,
  PostIncidentTaskInput,
  RegisterVulnerableResidentInput,
  UpdateIncidentInput,
  VulnerableResidentRefInput,
} from './incident.inputs.js';
import { incidentPolicy } from './incident.policy.js';
import { IncidentAction } from './incident.actions.js';
import { alertPending, canIncident, reachedWithin, secondsTo90, urgentIssueFigures, volunteerFigures } from './incident.state.js';
import { ackRatesOf, coveringDesks, figureInputs, helpIssueStatuses, gridWorkersOfBuildings, incidentClaims, incidentsFor, incidentTaskIds, pendingAlertsOf, registerOf, rollCallOf } from './emergencies.queries.js';
import { VolunteerTask, volunteerNodes, VolunteerTaskType } from '../volunteers/index.js';
import { Grid, GridType, gridOfBuildings } from '../grids/index.js';
import * as service from './emergencies.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The incident when the viewer may see it (`incidentPolicy.canSee`), else null. */
export async function visibleIncident(ctx: Context, key: string): Promise<Incident | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const i = await ctx.em.findOne(Incident, key);
  return i && incidentPolicy.canSee(await ctx.access(), service.factsOf(i)) ? i : null;
}

/** The communities the viewer belongs to (verified residencies, seats in their organizations). */
function communitiesOf(a: Access): string[] {
  return [...new Set([...a.residencies.filter((r) => r.verified).map((r) => r.communityId), ...a.memberships.flatMap((m) => (m.communityId ? [m.communityId] : []))])];
}

interface AlertRow {
  ack_seq: number;
  first_ack_at: Date | null;
  answer: IncidentAlertType['answer'];
  answered_at: Date | null;
  note: string | null;
  issue_id: string | null;
}

/** The viewer's alert row of each incident asked in this request: one statement. */
function viewerAlertRow(ctx: Context, incidentId: string): Promise<AlertRow | null> {
  return ctx
    .loader<string, AlertRow | null>('incidentAlert', async (ids) => {
      if (!ctx.userId) return ids.map(() => null);
      const rows = await ctx.em.execute<(AlertRow & { incident_id: string })[]>(
        `SELECT incident_id, ack_seq, first_ack_at, answer, answered_at, note, issue_id FROM incident_alerts WHERE user_id = ? AND incident_id = ANY(?::uuid[])`,
        [ctx.userId, `{${ids.join(',')}}`],
      );
      const by = new Map(rows.map((r) => [r.incident_id, r]));
      return ids.map((id) => by.get(id) ?? null);
    })
    .load(incidentId);
}

/** The grid workers of a building's grid, read once per request for all the buildings asked. */
function gridWorkersOf(ctx: Context, buildingId: string): Promise<string[]> {
  return ctx
    .loader<string, string[]>('buildingGridWorkers', async (ids) => {
      const map = await gridWorkersOfBuildings(ctx.em, ids);
      return ids.map((id) => map.get(id) ?? []);
    })
    .load(buildingId);
}

/** Whether the viewer may see this vulnerable resident's record now (the policy, with the covering desks and grid workers read once per request). */
async function seesVulnerable(ctx: Context, v: VulnerableResident): Promise<boolean> {
  const [desks, gridWorkers] = await Promise.all([
    ctx
      .loader<string, string[]>('vulnerableDesks', async (ids) => {
        const map = await coveringDesks(ctx.em, ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(v.id),
    gridWorkersOf(ctx, v.building.id),
  ]);
  return incidentPolicy.canSeeVulnerable(await ctx.access(), { communityId: v.community.id, gridWorkers, coveringDesks: desks });
}

/** Whether the viewer may see this roll-call entry (and mark it): the policy, with its building's grid workers. */
async function seesEntry(ctx: Context, i: Incident, e: RollCallEntry): Promise<boolean> {
  return incidentPolicy.canSeeRollCall(await ctx.access(), service.factsOf(i), { communityId: e.community.id, gridWorkers: await gridWorkersOf(ctx, e.building.id) });
}

@Resolver(() => IncidentType)
export class IncidentResolver {
  @Query(() => [IncidentType], { description: `Incidents the viewer may see (their desks', and those covering a community they belong to), newest first, at most ${EMERGENCY_LIST}.` })
  async incidents(@Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: Context): Promise<IncidentType[]> {
    const a = await ctx.access();
    requireUser(a);
    const rows = await incidentsFor(ctx.em, { orgIds: a.memberships.map((m) => m.organizationId), communityIds: communitiesOf(a), admin: a.isAdmin, openOnly: !!args.open, limit: EMERGENCY_LIST });
    return rows.map(IncidentType.from);
  }

  @Query(() => IncidentType, { nullable: true, description: 'An incident the viewer may see, or null.' })
  async incident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<IncidentType | null> {
    const i = await visibleIncident(ctx, keyOf(id, 'Incident', 'id'));
    return i ? IncidentType.from(i) : null;
  }

  @Query(() => [IncidentType], { description: 'The banner: incidents whose latest alert the viewer has not acknowledged (已收到), not CLOSED; newest first.' })
  async pendingAlerts(@Ctx() ctx: Context): Promise<IncidentType[]> {
    if (!ctx.userId) return [];
    return (await pendingAlertsOf(ctx.em, ctx.userId)).map(IncidentType.from);
  }

  @FieldResolver(() => OrganizationType, { description: 'The governance center that runs it (the incident desk).' })
  async desk(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return OrganizationType.from(await ctx.em.findOneOrFail(Organization, i.entity.desk.id));
  }

  @FieldResolver(() => CommunityType, { description: 'The first community of its area (where its events of one community are recorded).' })
  async community(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<CommunityType> {
    return CommunityType.from(await ctx.em.findOneOrFail(Community, i.entity.community.id));
  }

  @FieldResolver(() => [CommunityType], { description: 'The communities of its area.' })
  async communities(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<CommunityType[]> {
    const rows = await ctx.em.find(Community, { id: { $in: i.entity.communityIds } }, { orderBy: { name: 'asc' } });
    return rows.map(CommunityType.from);
  }

  @FieldResolver(() => [BuildingType], { description: 'The buildings its area is limited to (empty: the whole communities).' })
  async buildings(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<BuildingType[]> {
    if (!i.entity.buildingIds.length) return [];
    const rows = await ctx.em.find(Building, { id: { $in: i.entity.buildingIds } }, { orderBy: { name: 'asc' } });
    return rows.map(BuildingType.from);
  }

  @FieldResolver(() => [IncidentUpdateType], { description: 'Its timeline, oldest first: the declaration, then each update.' })
  async updates(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IncidentUpdateType[]> {
    const rows = await ctx.em.find(IncidentUpdate, { incident: i.entity.id }, { orderBy: { at: 'asc', alertSeq: 'asc' } });
    return rows.map(IncidentUpdateType.from);
  }

  @FieldResolver(() => IncidentAlertType, { nullable: true, description: "The viewer's alert: null when they were not alerted." })
  async viewerAlert(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IncidentAlertType | null> {
    const r = await viewerAlertRow(ctx, i.entity.id);
    if (!r) return null;
    return Object.assign(new IncidentAlertType(), {
      acknowledged: r.ack_seq >= i.entity.alertSeq,
      firstAckAt: r.first_ack_at,
      answer: r.answer,
      answeredAt: r.answered_at,
      note: r.note,
      issueId: r.issue_id,
    });
  }

  @FieldResolver(() => [IncidentAction], { description: 'The steps the viewer may take on it now (the policy and the machine together): offer exactly these.' })
  async viewerActions(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IncidentAction[]> {
    const a = await ctx.access();
    const f = service.factsOf(i.entity);
    if (!incidentPolicy.canSee(a, f)) return [];
    const desk = incidentPolicy.isDesk(a, f);
    const s = i.entity.status;
    const alert = await viewerAlertRow(ctx, i.entity.id);
    const checks: [IncidentAction, boolean][] = [
      [IncidentAction.UPDATE, desk && canIncident('update', s)],
      [IncidentAction.RESPOND, desk && canIncident('respond', s)],
      [IncidentAction.RECOVER, desk && canIncident('recover', s)],
      [IncidentAction.CLOSE, desk && canIncident('close', s)],
      [IncidentAction.POST_TASK, desk && canIncident('postTask', s)],
      [IncidentAction.SUMMARIZE, desk && canIncident('summarize', s)],
      [IncidentAction.ACKNOWLEDGE, incidentPolicy.canAnswer(a, !!alert) && alertPending(s, i.entity.alertSeq, alert?.ack_seq ?? 0)],
      [IncidentAction.ANSWER, incidentPolicy.canAnswer(a, !!alert) && canIncident('answer', s)],
    ];
    return checks.filter(([, ok]) => ok).map(([action]) => action);
  }

  @FieldResolver(() => [BuildingAckRateType], { description: 'The desk: acknowledgements of the latest alert and answers, per building. Empty for others.' })
  async ackRates(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<BuildingAckRateType[]> {
    if (!incidentPolicy.isDesk(await ctx.access(), service.factsOf(i.entity))) return [];
    const rows = await ackRatesOf(ctx.em, i.entity.id);
    return rows.map((r) =>
      Object.assign(new BuildingAckRateType(), {
        buildingId: r.building_id && toGlobalId('Building', r.building_id),
        buildingName: r.building_name,
        alerted: r.alerted,
        acknowledged: r.acknowledged,
        safe: r.safe,
        needHelp: r.need_help,
      }),
    );
  }

  @FieldResolver(() => [IssueType], { description: '需要帮助: the urgent issues its answers opened, newest first (the desk; empty for others).' })
  async helpIssues(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IssueType[]> {
    if (!incidentPolicy.isDesk(await ctx.access(), service.factsOf(i.entity))) return [];
    const rows = await ctx.em.execute<{ issue_id: string }[]>(`SELECT issue_id FROM incident_alerts WHERE incident_id = ? AND issue_id IS NOT NULL ORDER BY answered_at DESC LIMIT 100`, [i.entity.id]);
    const out: IssueType[] = [];
    for (const r of rows) {
      const issue = await readableIssue(ctx, r.issue_id);
      if (issue) out.push(IssueType.from(issue, ctx.now()));
    }
    return out;
  }

  @FieldResolver(() => IssueType, { nullable: true, description: "The urgent issue the viewer's 需要帮助 opened." })
  async viewerIssue(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const r = await viewerAlertRow(ctx, i.entity.id);
    const issue = r?.issue_id ? await readableIssue(ctx, r.issue_id) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @FieldResolver(() => [RollCallEntryType], {
    description:
      'The roll call of the vulnerable residents in its area: unreached first, then by when reached. The desk (while open) sees all; a residents\' committee its community\'s (a grid worker: their grid\'s); others nothing.',
  })
  async rollCall(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<RollCallEntryType[]> {
    const a = await ctx.access();
    const f = service.factsOf(i.entity);
    const all = f.open && incidentPolicy.isDesk(a, f);
    const mine = i.entity.communityIds.filter((c) => incidentPolicy.canKeepRegister(a, c));
    if (!all && !mine.length) return [];
    const entries = await rollCallOf(ctx.em, i.entity.id, all ? null : mine);
    const seen = await Promise.all(entries.map((e) => seesEntry(ctx, i.entity, e)));
    return entries.filter((_, k) => seen[k]).map(RollCallEntryType.from);
  }

  @FieldResolver(() => IncidentFiguresType, { nullable: true, description: 'Its figures (the desk; null for others).' })
  async figures(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IncidentFiguresType | null> {
    if (!incidentPolicy.isDesk(await ctx.access(), service.factsOf(i.entity))) return null;
    const [{ firstAcks, reachedAts }, claims, issueStatuses] = await Promise.all([figureInputs(ctx.em, i.entity.id), incidentClaims(ctx.em, i.entity.id), helpIssueStatuses(ctx.em, i.entity.id)]);
    const volunteers = volunteerFigures(claims);
    const urgent = urgentIssueFigures(issueStatuses);
    const at = i.entity.declaredAt;
    return Object.assign(new IncidentFiguresType(), {
      alerted: i.entity.alertedCount,
      acknowledged: firstAcks.length,
      secondsTo90Acknowledged: secondsTo90(at, i.entity.alertedCount, firstAcks),
      vulnerable: reachedAts.length,
      reachedWithin30: reachedWithin(at, reachedAts, 30),
      reachedWithin60: reachedWithin(at, reachedAts, 60),
      volunteersMobilized: volunteers.mobilized,
      volunteerHours: volunteers.hours,
      urgentIssuesOpened: urgent.opened,
      urgentIssuesResolved: urgent.resolved,
    });
  }

  @FieldResolver(() => IncidentSummaryType, { nullable: true, description: '总结: the after-action summary (the desk; null for others, or until written).' })
  async summary(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<IncidentSummaryType | null> {
    if (!i.entity.summary || !incidentPolicy.isDesk(await ctx.access(), service.factsOf(i.entity))) return null;
    return Object.assign(new IncidentSummaryType(), { text: i.entity.summary, at: i.entity.summaryAt ?? i.entity.closedAt });
  }

  @Mutation(() => IncidentType, { description: '总结: the desk writes (or rewrites) the after-action summary of a closed incident.' })
  async writeIncidentSummary(@Arg('input', () => IncidentSummaryInput) input: IncidentSummaryInput, @Ctx() ctx: Context): Promise<IncidentType> {
    return IncidentType.from(await service.writeIncidentSummary(ctx, input));
  }

  @FieldResolver(() => [VolunteerTaskType], { description: 'The volunteer tasks posted from it, by start: all for its desk (who posted them), those they may see for others.' })
  async tasks(@Root() i: IncidentType, @Ctx() ctx: Context): Promise<VolunteerTaskType[]> {
    const ids = await incidentTaskIds(ctx.em, i.entity.id);
    if (incidentPolicy.isDesk(await ctx.access(), service.factsOf(i.entity))) {
      const rows = await ctx.em.find(VolunteerTask, { id: { $in: ids } });
      const by = new Map(rows.map((t) => [t.id, t]));
      return ids.flatMap((id) => (by.has(id) ? [VolunteerTaskType.from(by.get(id)!, ctx.now())] : []));
    }
    const out: VolunteerTaskType[] = [];
    for (const id of ids) {
      const t = await volunteerNodes.VolunteerTask(ctx, id);
      if (t) out.push(t);
    }
    return out;
  }

  @Mutation(() => VolunteerTaskType, { description: '调度志愿者: the desk posts a volunteer task from the incident to a 红色驿站 of its area, published at once; the community\'s volunteers are told.' })
  async postIncidentTask(@Arg('input', () => PostIncidentTaskInput) input: PostIncidentTaskInput, @Ctx() ctx: Context): Promise<VolunteerTaskType> {
    return VolunteerTaskType.from(await service.postIncidentTask(ctx, input), ctx.now());
  }

  @Mutation(() => IncidentType, { description: '发布: a governance center declares an incident in its area; everyone there is alerted, and the roll call opens.' })
  async declareIncident(@Arg('input', () => DeclareIncidentInput) input: DeclareIncidentInput, @Ctx() ctx: Context): Promise<IncidentType> {
    return IncidentType.from(await service.declareIncident(ctx, input));
  }

  @Mutation(() => IncidentType, { description: 'The desk updates an incident (a note, instructions, the next status); everyone in the area is alerted again.' })
  async updateIncident(@Arg('input', () => UpdateIncidentInput) input: UpdateIncidentInput, @Ctx() ctx: Context): Promise<IncidentType> {
    return IncidentType.from(await service.updateIncident(ctx, input));
  }

  @Mutation(() => IncidentType, { description: '已收到: the viewer acknowledges the latest alert, once.' })
  async acknowledgeIncident(@Arg('input', () => IncidentRefInput) input: IncidentRefInput, @Ctx() ctx: Context): Promise<IncidentType> {
    return IncidentType.from(await service.acknowledgeIncident(ctx, input.incidentId));
  }

  @Mutation(() => IncidentType, { description: "我安全 / 需要帮助: the viewer answers; needing help opens an urgent issue at the incident's desk." })
  async answerIncident(@Arg('input', () => AnswerIncidentInput) input: AnswerIncidentInput, @Ctx() ctx: Context): Promise<IncidentType> {
    return IncidentType.from(await service.answerIncident(ctx, input));
  }

  @Subscription(() => DomainEventType, {
    description: "One incident live: updates; for its desk also acknowledgements, answers and the roll call's progress.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const a = args as IncidentEventsArgs;
      const i = await visibleIncident(ctx, keyOf(a.incidentId, 'Incident', 'incidentId'));
      if (!i) throw notFound('Incident');
      return events.subscribeStream(ctx, { communityId: i.community.id, after: a.after, subjectId: i.id }) as never;
    },
  })
  incidentEvents(@Root() event: DomainEvent, @Args(() => IncidentEventsArgs) _args: IncidentEventsArgs, @Ctx() ctx: Context): DomainEventType {
    ctx.renew();
    return DomainEventType.from(event);
  }
}

@Resolver(() => RollCallEntryType)
export class RollCallEntryResolver {
  @FieldResolver(() => BuildingType, { description: 'The building they live in.' })
  async building(@Root() e: RollCallEntryType, @Ctx() ctx: Context): Promise<BuildingType> {
    return BuildingType.from(await ctx.em.findOneOrFail(Building, e.entity.building.id));
  }

  @FieldResolver(() => GridType, { nullable: true, description: "网格: the grid of their building, whose grid workers the entry is assigned to; null for a building in no grid." })
  async grid(@Root() e: RollCallEntryType, @Ctx() ctx: Context): Promise<GridType | null> {
    const grid = await ctx
      .loader<string, Grid | null>('buildingGrid', async (ids) => {
        const gridOf = await gridOfBuildings(ctx.em, ids);
        const grids = new Map((await ctx.em.find(Grid, { id: { $in: [...new Set(gridOf.values())] } })).map((g) => [g.id, g]));
        return ids.map((id) => grids.get(gridOf.get(id) ?? '') ?? null);
      })
      .load(e.entity.building.id);
    return grid ? GridType.from(grid) : null;
  }

  @FieldResolver(() => VulnerableResidentType, { nullable: true, description: 'Who: null once the record was removed, or for whoever may not see it.' })
  async vulnerable(@Root() e: RollCallEntryType, @Ctx() ctx: Context): Promise<VulnerableResidentType | null> {
    if (!e.entity.vulnerable) return null;
    const v = await ctx.em.findOne(VulnerableResident, e.entity.vulnerable.id);
    return v && (await seesVulnerable(ctx, v)) ? VulnerableResidentType.from(v) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who marked them reached.' })
  async reachedBy(@Root() e: RollCallEntryType): Promise<UserType | null> {
    return e.entity.reachedBy ? UserType.from(await e.entity.reachedBy.loadOrFail({ dataloader: true })) : null;
  }

  @Mutation(() => RollCallEntryType, { description: 'A roll-call entry marked reached (SAFE, HELPED, MOVED), once, with the time.' })
  async markReached(@Arg('input', () => MarkReachedInput) input: MarkReachedInput, @Ctx() ctx: Context): Promise<RollCallEntryType> {
    return RollCallEntryType.from(await service.markReached(ctx, input));
  }
}

@Resolver(() => VulnerableResidentType)
export class VulnerableResidentResolver {
  @Query(() => [VulnerableResidentType], { description: "重点人群: a community's register, for its residents' committee (a grid worker: the people of their grid); empty for everyone else." })
  async vulnerableResidents(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context): Promise<VulnerableResidentType[]> {
    const key = keyOf(communityId, 'Community', 'communityId');
    if (!incidentPolicy.canKeepRegister(await ctx.access(), key)) return [];
    const rows = await registerOf(ctx.em, key);
    const seen = await Promise.all(rows.map((v) => seesVulnerable(ctx, v)));
    return rows.filter((_, k) => seen[k]).map(VulnerableResidentType.from);
  }

  @FieldResolver(() => BuildingType, { description: 'Their building.' })
  async building(@Root() v: VulnerableResidentType, @Ctx() ctx: Context): Promise<BuildingType> {
    return BuildingType.from(await ctx.em.findOneOrFail(Building, v.entity.building.id));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'Their flat.' })
  async unit(@Root() v: VulnerableResidentType): Promise<UnitType | null> {
    return v.entity.unit ? UnitType.from(await v.entity.unit.loadOrFail({ dataloader: true })) : null;
  }

  @Mutation(() => VulnerableResidentType, { description: "The residents' committee records a vulnerable resident, with their consent." })
  async registerVulnerableResident(@Arg('input', () => RegisterVulnerableResidentInput) input: RegisterVulnerableResidentInput, @Ctx() ctx: Context): Promise<VulnerableResidentType> {
    return VulnerableResidentType.from(await service.registerVulnerable(ctx, input));
  }

  @Mutation(() => VulnerableResidentType, { description: 'Corrects a record, by whoever keeps it (a grid worker: within their grid).' })
  async editVulnerableResident(@Arg('input', () => EditVulnerableResidentInput) input: EditVulnerableResidentInput, @Ctx() ctx: Context): Promise<VulnerableResidentType> {
    return VulnerableResidentType.from(await service.editVulnerable(ctx, input));
  }

  @Mutation(() => ID, { description: "Removes a record (consent withdrawn): the person's data goes; past roll calls keep an anonymous entry. Returns its ID." })
  async removeVulnerableResident(@Arg('input', () => VulnerableResidentRefInput) input: VulnerableResidentRefInput, @Ctx() ctx: Context): Promise<string> {
    return service.removeVulnerable(ctx, input.vulnerableResidentId);
  }
}

@Resolver(() => OrganizationType)
export class OrganizationEmergencyResolver {
  @FieldResolver(() => [CommunityType], {
    description: 'A governance center: the communities it may declare incidents for (its own community, or its area: the region rule), by name; for its members only, empty for others.',
  })
  async emergencyArea(@Root() o: OrganizationType, @Ctx() ctx: Context): Promise<CommunityType[]> {
    const a = await ctx.access();
    if (!a.isMemberOf(o.entity.id)) return [];
    const rows = await ctx.em.execute(
      `SELECT c.* FROM organizations o, communities c WHERE o.id = ? AND o.kind = 'GOVERNANCE_CENTER' AND (o.community_id = c.id OR ${coversSql('o', 'c')}) ORDER BY c.name, c.id LIMIT 500`,
      [o.entity.id],
    );
    return rows.map((r) => CommunityType.from(ctx.em.map(Community, r)));
  }
}

export const emergencyNodes = {
  Incident: async (ctx: Context, key: string) => {
    const i = await visibleIncident(ctx, key);
    return i ? IncidentType.from(i) : null;
  },
  VulnerableResident: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const v = await ctx.em.findOne(VulnerableResident, key);
    return v && (await seesVulnerable(ctx, v)) ? VulnerableResidentType.from(v) : null;
  },
  RollCallEntry: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const e = await ctx.em.findOne(RollCallEntry, key);
    if (!e) return null;
    const i = await ctx.em.findOneOrFail(Incident, e.incident.id);
    return (await seesEntry(ctx, i, e)) ? RollCallEntryType.from(e) : null;
  },
};
