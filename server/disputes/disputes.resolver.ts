import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { requireUser } from '../core/policy.js';
import { keyOf } from '../core/ids.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, selects, toConnection } from '../core/pagination.js';
import { User, UserType } from '../accounts/index.js';
import { CommunityType, OrganizationType } from '../communities/index.js';
import { AttachmentType, attachmentsOf } from '../attachments/index.js';
// The issues module has no index.ts yet: its files, until it does.
import { IssueType, readableIssue } from '../issues/index.js';
import { Dispute, DisputeParty } from './dispute.entity.js';
import { DisputeConnection, DisputePartyType, DisputeType } from './dispute.types.js';
import {
  AcceptDisputeInput,
  ApplyForMediationInput,
  ConvertIssueToDisputeInput,
  DisputeReasonInput,
  DisputeRefInput,
  DisputesArgs,
  RecordFollowUpInput,
  RecordMediationOutcomeInput,
  ReferDisputeInput,
  RecordPartyResponseInput,
  RegisterDisputeInput,
  RespondToMediationInput,
} from './dispute.inputs.js';
import * as consent from './consent.service.js';
import { disputePolicy } from './dispute.policy.js';
import { DisputeAction, MediationSessionAction } from './dispute.actions.js';
import { listDisputes, orderOf } from './disputes.queries.js';
import * as service from './disputes.service.js';
import * as mediation from './mediation.service.js';
import { screeningNodes } from './screening.resolver.js';
import { AgreementConfirmation, MediationAgreement, MediationSession, SessionInvitee } from './mediation.entity.js';
import { AgreementConfirmationType, MediationAgreementType, MediationSessionType, SessionInviteeType } from './mediation.types.js';
import {
  CancelMediationSessionInput,
  ConfirmMediationAgreementInput,
  DraftMediationAgreementInput,
  RecordAgreementConfirmationInput,
  RecordMediationSessionInput,
  ScheduleMediationSessionInput,
} from './mediation.inputs.js';
import { agreementViews, NO_AGREEMENT, type AgreementView } from './agreement.read.js';

const UUID = /^[0-9a-f-]{36}$/;

/** The parties (by account) and invitees of each dispute asked in this request (one query for all). */
export function peopleOf(ctx: Context, disputeId: string): Promise<service.DisputePeople> {
  return ctx.loader<string, service.DisputePeople>('disputePeople', async (ids) => {
    const m = await service.peopleOf(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? { parties: [], invitees: [] });
  }).load(disputeId);
}

/** The agreement view of each dispute asked in this request (one query for all). */
function agreementViewOf(ctx: Context, disputeId: string): Promise<AgreementView> {
  return ctx.loader<string, AgreementView>('disputeAgreementView', async (ids) => {
    const m = await agreementViews(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? NO_AGREEMENT);
  }).load(disputeId);
}

/** The parties' consents of each dispute asked in this request (one query for all). */
function consentsOf(ctx: Context, disputeId: string): Promise<service.ConsentFact[]> {
  return ctx.loader<string, service.ConsentFact[]>('disputeConsents', async (ids) => {
    const m = await service.consentsOf(ctx.em, ids);
    return ids.map((id) => m.get(id) ?? []);
  }).load(disputeId);
}

/** The dispute when the viewer may see it (`disputePolicy.canSee`), else null. */
export async function visibleDispute(ctx: Context, d: Dispute | null): Promise<Dispute | null> {
  if (!d || !ctx.userId) return null;
  const [access, people] = await Promise.all([ctx.access(), peopleOf(ctx, d.id)]);
  return disputePolicy.canSee(access, service.factsOf(d, people)) ? d : null;
}

@Resolver(() => DisputeType)
export class DisputeResolver {
  @FieldResolver(() => [AttachmentType], { description: 'Its photos and documents, in the order given: served to whoever may see the dispute (its parties and handlers).' })
  async attachments(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<AttachmentType[]> {
    return (await attachmentsOf(ctx, 'Dispute', d.entity.id)).map(AttachmentType.from);
  }

  @Query(() => DisputeConnection, {
    description: "A community's disputes the viewer may see: all of them for its mediation committee and governance centers, a party's own for a party, none for anyone else. Newest first; with `overdue`, the overdue ones by deadline.",
  })
  async disputes(@Args(() => DisputesArgs) args: DisputesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<DisputeConnection> {
    const access = await ctx.access();
    requireUser(access);
    const communityId = keyOf(args.communityId, 'Community', 'communityId');
    const limit = pageSize(args.first);
    const after = args.after ? decodeTimeCursor(args.after) : undefined;
    const now = ctx.now();
    const q = { access, communityId, now, status: args.status, overdue: args.overdue, after, limit: limit + 1 };
    const { rows, total } = await listDisputes(ctx.em, q, selects(info, 'totalCount'));
    const key = orderOf(q).key;
    const page = toConnection(rows, limit, !!after, (d) => encodeTimeCursor(key(d), d.id), (d) => DisputeType.from(d, now));
    return Object.assign(new DisputeConnection(), { ...page, totalCount: total ?? 0 });
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() d: DisputeType): Promise<CommunityType> {
    return CommunityType.from(await d.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [DisputePartyType], { description: 'The applicants, then the respondents, in the order given.' })
  async parties(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<DisputePartyType[]> {
    const rows = await ctx.em.find(DisputeParty, { dispute: d.entity.id }, { orderBy: { role: 'asc', position: 'asc' } });
    return rows.map(DisputePartyType.from);
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The issue it was converted from, when the viewer may read it.' })
  async issue(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<IssueType | null> {
    const id = d.entity.issueId;
    const issue = id ? await readableIssue(ctx, id) : null;
    return issue ? IssueType.from(issue, ctx.now()) : null;
  }

  @FieldResolver(() => [DisputeAction], { description: 'The steps the viewer may take on it now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<DisputeAction[]> {
    const [access, people, centerAbove, agreement, consents] = await Promise.all([
      ctx.access(),
      peopleOf(ctx, d.entity.id),
      service.hasCenterAbove(ctx.em, d.entity),
      agreementViewOf(ctx, d.entity.id),
      consentsOf(ctx, d.entity.id),
    ]);
    return service.disputeViewerActions(access, d.entity, people, { centerAbove, agreement, consents });
  }

  @Mutation(() => DisputeType, {
    description:
      '同意调解 / 拒绝调解 / 要求终止调解 (人民调解法 第17、23条: mediation is voluntary): a party, by their own account. Consent in REGISTERED or ACCEPTED (mediation starts once every party consented); a refusal before mediation DECLINES the dispute, during it ends it as FAILED.',
  })
  async respondToMediation(@Arg('input', () => RespondToMediationInput) input: RespondToMediationInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await consent.respondToMediation(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, {
    description: "记录当事人意愿: those at the dispute's handling level record a party's consent or refusal given in person; the same effects as `respondToMediation`.",
  })
  async recordPartyResponse(@Arg('input', () => RecordPartyResponseInput) input: RecordPartyResponseInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await consent.recordPartyResponse(ctx, input), ctx.now());
  }

  @FieldResolver(() => [MediationSessionType], { description: '调解会: its mediation sessions (held, scheduled, called off), in the order of their time (held, else planned). One invited from another organization sees only the sessions they were invited to.' })
  async sessions(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<MediationSessionType[]> {
    const [access, people] = await Promise.all([ctx.access(), peopleOf(ctx, d.entity.id)]);
    // In the order they were (are to be) held: a scheduled one by its planned time.
    const when = (x: MediationSession) => (x.heldAt ?? x.plannedAt ?? x.recordedAt ?? new Date(0)).getTime();
    const rows = (await ctx.em.find(MediationSession, { dispute: d.entity.id }, { orderBy: { id: 'asc' } })).sort((x, y) => when(x) - when(y));
    // Confidentiality (人民调解法 第15、22条): one invited from another organization to a session
    // reads the record of the sessions they were invited to, not the others.
    const whole = disputePolicy.canSeePartyDetails(access, { communityId: d.entity.community.id }) || (access.userId !== null && people.parties.includes(access.userId));
    if (whole) return rows.map(MediationSessionType.from);
    const mine = new Set((await ctx.em.find(SessionInvitee, { dispute: d.entity.id, user: access.userId ?? '' }, { fields: ['session'] })).map((i) => i.session.id));
    return rows.filter((s) => mine.has(s.id)).map(MediationSessionType.from);
  }

  @Mutation(() => DisputeType, {
    description: '调解会: records a session of a dispute in mediation (MEDIATING), by those at its handling level. Those invited from other organizations see this dispute from then on.',
  })
  async recordMediationSession(@Arg('input', () => RecordMediationSessionInput) input: RecordMediationSessionInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await mediation.recordMediationSession(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, {
    description:
      '安排调解会: plans a session ahead (an ACCEPTED dispute or one in mediation; a time in the future), by those at its handling level: where, the mediators and parties asked to come, those invited from other organizations (a lawyer, a psychologist: they see this dispute from now on). The parties, the mediators and the invitees are told. Record it once held with `recordMediationSession` and its `sessionId`.',
  })
  async scheduleMediationSession(@Arg('input', () => ScheduleMediationSessionInput) input: ScheduleMediationSessionInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await mediation.scheduleMediationSession(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '取消调解会: calls off a SCHEDULED session, with a reason, by those at the dispute\'s handling level; those asked to come are told.' })
  async cancelMediationSession(@Arg('input', () => CancelMediationSessionInput) input: CancelMediationSessionInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await mediation.cancelMediationSession(ctx, input), ctx.now());
  }

  @FieldResolver(() => MediationAgreementType, { nullable: true, description: '人民调解协议书: its agreement, once drafted.' })
  async agreement(@Root() d: DisputeType, @Ctx() ctx: Context): Promise<MediationAgreementType | null> {
    const a = await ctx.em.findOne(MediationAgreement, { dispute: d.entity.id });
    return a ? MediationAgreementType.from(a) : null;
  }

  @Mutation(() => DisputeType, {
    description: '人民调解协议书: drafts the agreement of a dispute in mediation (numbered for the drafter\'s organization and year), or revises its form and terms; INVALID_TRANSITION (AGREEMENT_CONFIRMED) once a party confirmed it.',
  })
  async draftMediationAgreement(@Arg('input', () => DraftMediationAgreementInput) input: DraftMediationAgreementInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await mediation.draftMediationAgreement(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, {
    description: '确认协议: a party confirms the agreement, by their own account, once; `textHash` is the text they read (CONFLICT with the current one if it changed).',
  })
  async confirmMediationAgreement(@Arg('input', () => ConfirmMediationAgreementInput) input: ConfirmMediationAgreementInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await mediation.confirmMediationAgreement(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, {
    description: '记录签字: those who mediate record that a party signed, sealed or fingerprinted a written agreement on paper (PAPER), or assented to an oral one (ORAL).',
  })
  async recordAgreementConfirmation(@Arg('input', () => RecordAgreementConfirmationInput) input: RecordAgreementConfirmationInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await mediation.recordAgreementConfirmation(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '来访 / 在线申请调解: a verified resident of the community applies, as the applicant. REGISTERED, at the community level.' })
  async applyForMediation(@Arg('input', () => ApplyForMediationInput) input: ApplyForMediationInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.applyForMediation(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: "排查登记: the community's mediators and grid workers register a dispute found during screening." })
  async registerDispute(@Arg('input', () => RegisterDisputeInput) input: RegisterDisputeInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.registerDispute(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, {
    description: "An issue becomes a dispute (the community's mediators and grid workers who may read it): its reporter is the applicant; `Issue.dispute` and `Dispute.issue` name each other. Once per issue (CONFLICT).",
  })
  async convertIssueToDispute(@Arg('input', () => ConvertIssueToDisputeInput) input: ConvertIssueToDisputeInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.convertIssueToDispute(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '受理: REGISTERED → ACCEPTED; the mediation deadline is the community\'s mediation days from now (`Community.disputeSettings`, 30 unless set).' })
  async acceptDispute(@Arg('input', () => AcceptDisputeInput) input: AcceptDisputeInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.acceptDispute(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '不予受理: REGISTERED → DECLINED, with a reason.' })
  async declineDispute(@Arg('input', () => DisputeReasonInput) input: DisputeReasonInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.declineDispute(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '开始调解: ACCEPTED → MEDIATING.' })
  async startMediation(@Arg('input', () => DisputeRefInput) input: DisputeRefInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.startMediation(ctx, input.disputeId), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '调解结果: MEDIATING → AGREED (调解成功) or FAILED (调解不成), with a note.' })
  async recordMediationOutcome(@Arg('input', () => RecordMediationOutcomeInput) input: RecordMediationOutcomeInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.recordMediationOutcome(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '引导: FAILED → REFERRED to litigation, arbitration or 信访, with a reason.' })
  async referDispute(@Arg('input', () => ReferDisputeInput) input: ReferDisputeInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.referDispute(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, { description: '回访: AGREED → FULFILLED or BREACHED, with a note.' })
  async recordFollowUp(@Arg('input', () => RecordFollowUpInput) input: RecordFollowUpInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.recordFollowUp(ctx, input), ctx.now());
  }

  @Mutation(() => DisputeType, {
    description: '上报: an open dispute (REGISTERED, ACCEPTED, MEDIATING) goes to the level above, where a governance center of that level serves the community; with a reason. An accepted dispute\'s deadline restarts.',
  })
  async escalateDispute(@Arg('input', () => DisputeReasonInput) input: DisputeReasonInput, @Ctx() ctx: Context): Promise<DisputeType> {
    return DisputeType.from(await service.escalateDispute(ctx, input), ctx.now());
  }
}

@Resolver(() => DisputePartyType)
export class DisputePartyResolver {
  /** Whether the viewer handles the party's dispute (sees personal details), and whether the party is the viewer. */
  private async sight(p: DisputePartyType, ctx: Context): Promise<{ details: boolean; own: boolean }> {
    const [access, dispute] = await Promise.all([ctx.access(), p.entity.dispute.loadOrFail({ dataloader: true })]);
    const own = !!p.entity.user && p.entity.user.id === access.userId;
    return { details: disputePolicy.canSeePartyDetails(access, { communityId: dispute.community.id }), own };
  }

  @FieldResolver(() => Boolean, { description: 'The party is the viewer.' })
  async isViewer(@Root() p: DisputePartyType, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.sight(p, ctx)).own;
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The party's account, when they are a user: shown to those who handle the dispute and to the party themself; null for others." })
  async user(@Root() p: DisputePartyType, @Ctx() ctx: Context): Promise<UserType | null> {
    if (!p.entity.user) return null;
    const { details, own } = await this.sight(p, ctx);
    return details || own ? UserType.from(await p.entity.user.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The party's name (an outsider's as recorded, a user's own): shown to those who handle the dispute and to the party themself; null for others." })
  async name(@Root() p: DisputePartyType, @Ctx() ctx: Context): Promise<string | null> {
    const { details, own } = await this.sight(p, ctx);
    if (!details && !own) return null;
    return p.entity.user ? (await p.entity.user.loadOrFail({ dataloader: true })).name : (p.entity.name ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The contact number recorded for the party: shown to those who handle the dispute and to the party themself; null for others.' })
  async phone(@Root() p: DisputePartyType, @Ctx() ctx: Context): Promise<string | null> {
    const { details, own } = await this.sight(p, ctx);
    return details || own ? (p.entity.phone ?? null) : null;
  }
}

@Resolver(() => MediationSessionType)
export class MediationSessionResolver {
  @FieldResolver(() => [UserType], { description: 'The mediators present.' })
  async mediators(@Root() s: MediationSessionType, @Ctx() ctx: Context): Promise<UserType[]> {
    if (!s.entity.mediatorIds.length) return [];
    const users = new Map((await ctx.em.find(User, { id: { $in: s.entity.mediatorIds } })).map((u) => [u.id, u]));
    return s.entity.mediatorIds.flatMap((id) => (users.has(id) ? [UserType.from(users.get(id)!)] : []));
  }

  @FieldResolver(() => [DisputePartyType], { description: 'The parties present (who they are: as `Dispute.parties` shows them to the viewer).' })
  async partiesPresent(@Root() s: MediationSessionType, @Ctx() ctx: Context): Promise<DisputePartyType[]> {
    if (!s.entity.partyIds.length) return [];
    const rows = await ctx.em.find(DisputeParty, { id: { $in: s.entity.partyIds } }, { orderBy: { role: 'asc', position: 'asc' } });
    return rows.map(DisputePartyType.from);
  }

  @FieldResolver(() => [SessionInviteeType], { description: 'Those invited from other organizations.' })
  async invitees(@Root() s: MediationSessionType, @Ctx() ctx: Context): Promise<SessionInviteeType[]> {
    const rows = await ctx.em.find(SessionInvitee, { session: s.entity.id }, { orderBy: { id: 'asc' } });
    return rows.map(SessionInviteeType.from);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who recorded it; null until held.' })
  async recordedBy(@Root() s: MediationSessionType): Promise<UserType | null> {
    return s.entity.recordedBy ? UserType.from(await s.entity.recordedBy.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who scheduled it (a session planned ahead).' })
  async scheduledBy(@Root() s: MediationSessionType): Promise<UserType | null> {
    return s.entity.scheduledBy ? UserType.from(await s.entity.scheduledBy.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => [MediationSessionAction], { description: 'What the viewer may do with it now: RECORD a scheduled session once held (the dispute in mediation), CANCEL it — those at the dispute\'s handling level.' })
  async viewerActions(@Root() s: MediationSessionType, @Ctx() ctx: Context): Promise<MediationSessionAction[]> {
    const d = await s.entity.dispute.loadOrFail({ dataloader: true });
    const [access, people] = await Promise.all([ctx.access(), peopleOf(ctx, d.id)]);
    return mediation.sessionViewerActions(access, d, people, s.entity);
  }
}

@Resolver(() => MediationAgreementType)
export class MediationAgreementResolver {
  @FieldResolver(() => OrganizationType, { description: 'The organization whose number it bears (and whose stamp it takes): the mediation committee, or the center it was escalated to.' })
  async organization(@Root() a: MediationAgreementType): Promise<OrganizationType> {
    return OrganizationType.from(await a.entity.organization.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [AgreementConfirmationType], { description: "The parties' confirmations, in the order of the parties (applicants, then respondents)." })
  async confirmations(@Root() a: MediationAgreementType, @Ctx() ctx: Context): Promise<AgreementConfirmationType[]> {
    const rows = await ctx.em.find(AgreementConfirmation, { agreement: a.entity.id }, { orderBy: { party: { role: 'asc', position: 'asc' } } });
    return rows.map(AgreementConfirmationType.from);
  }

  @FieldResolver(() => Boolean, { description: 'Every party confirmed it: the outcome AGREED may be recorded.' })
  async complete(@Root() a: MediationAgreementType, @Ctx() ctx: Context): Promise<boolean> {
    const v = await agreementViewOf(ctx, a.entity.dispute.id);
    return v.drafted && v.confirmed >= v.parties;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The mediator who signed it, recording the outcome AGREED.' })
  async signedBy(@Root() a: MediationAgreementType): Promise<UserType | null> {
    return a.entity.signedBy ? UserType.from(await a.entity.signedBy.loadOrFail({ dataloader: true })) : null;
  }
}

@Resolver(() => AgreementConfirmationType)
export class AgreementConfirmationResolver {
  @FieldResolver(() => DisputePartyType, { description: 'The party (who they are: as `Dispute.parties` shows them to the viewer).' })
  async party(@Root() c: AgreementConfirmationType): Promise<DisputePartyType> {
    return DisputePartyType.from(await c.entity.party.loadOrFail({ dataloader: true }));
  }
}

@Resolver(() => SessionInviteeType)
export class SessionInviteeResolver {
  @FieldResolver(() => UserType, { description: 'Their account.' })
  async user(@Root() i: SessionInviteeType): Promise<UserType> {
    return UserType.from(await i.entity.user.loadOrFail({ dataloader: true }));
  }
}

@Resolver(() => IssueType)
export class IssueDisputeResolver {
  @FieldResolver(() => DisputeType, { nullable: true, description: 'The dispute it was converted into (`convertIssueToDispute`), when the viewer may see it.' })
  async dispute(@Root() i: IssueType, @Ctx() ctx: Context): Promise<DisputeType | null> {
    const issueId = i.entity.id;
    const d = await ctx
      .loader<string, Dispute | null>('disputeOfIssue', async (issueIds) => {
        const rows = await ctx.em.find(Dispute, { issueId: { $in: [...issueIds] } });
        return issueIds.map((id) => rows.find((r) => r.issueId === id) ?? null);
      })
      .load(issueId);
    const seen = await visibleDispute(ctx, d);
    return seen ? DisputeType.from(seen, ctx.now()) : null;
  }
}

export const disputeNodes = {
  // Read when asked, not here: screening.resolver.ts imports this file.
  ScreeningRound: (ctx: Context, key: string) => screeningNodes.ScreeningRound(ctx, key),
  Dispute: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const d = await visibleDispute(ctx, await ctx.em.findOne(Dispute, key));
    return d ? DisputeType.from(d, ctx.now()) : null;
  },
};
