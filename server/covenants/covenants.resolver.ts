import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import type { Access } from '../core/access.js';
import { requireUser } from '../core/policy.js';
import { badInput } from '../core/errors.js';
import { keyOf, parseGlobalId } from '../core/ids.js';
import { UserType } from '../accounts/index.js';
import { CommunityType } from '../communities/index.js';
import { AttachmentType, attachmentsOf } from '../attachments/index.js';
import { canSeeMeeting, ResolutionType } from '../meetings/index.js';
import { Covenant, CovenantAcknowledgement, CovenantComment, CovenantKind, CovenantVersion, CovenantVersionStatus } from './covenant.entity.js';
import {
  ArticleDiffType,
  CovenantAction,
  CovenantAdoptingBodyType,
  CovenantCommentType,
  CovenantLegalReviewType,
  CovenantType,
  CovenantVersionAction,
  CovenantVersionType,
  DraftableCovenantType,
} from './covenant.types.js';
import {
  CommentOnCovenantInput,
  CovenantVersionRefInput,
  DiffArgs,
  DraftCovenantInput,
  FileCovenantInput,
  OpenPublicCommentInput,
  PutCovenantToVoteInput,
  RecordLegalReviewInput,
  RepealCovenantInput,
  ReviseCovenantInput,
} from './covenant.inputs.js';
import { covenantPolicy } from './covenant.policy.js';
import { diffArticles } from './covenant.content.js';
import * as service from './covenants.service.js';
import { can as canVersion, IN_FORCE, inProgressOf } from './covenant.state.js';
import { acknowledgementStats, hasPublicVersion, householdCounts, rawOf, readCovenants, type AcknowledgementStats, type CovenantListRow, type ListedVersionRow } from './covenants.queries.js';
import { askedOf, lazyEntity } from '../core/rows.js';

const UUID = /^[0-9a-f-]{36}$/;
/** The comments field returns at most this many, oldest first. */
const MAX_COMMENTS_LISTED = 500;

/** Every version of each covenant, newest first: one statement for all covenants of a request. */
function versionsOf(ctx: Context, covenantId: string): Promise<CovenantVersion[]> {
  return ctx
    .loader<string, CovenantVersion[]>('covenantVersions', async (ids) => {
      const rows = await ctx.em.find(CovenantVersion, { covenant: { $in: [...ids] } }, { orderBy: { number: 'desc' } });
      return ids.map((id) => rows.filter((v) => v.covenant.id === id));
    })
    .load(covenantId);
}

async function visibleCovenant(ctx: Context, key: string): Promise<Covenant | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const c = await ctx.em.findOne(Covenant, key);
  if (!c) return null;
  return covenantPolicy.canSeeCovenant(await ctx.access(), service.factsOf(c), await hasPublicVersion(ctx.em, c.id)) ? c : null;
}

async function visibleVersion(ctx: Context, key: string): Promise<CovenantVersion | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const v = await ctx.em.findOne(CovenantVersion, key, { populate: ['covenant'] });
  if (!v) return null;
  return covenantPolicy.canSeeVersion(await ctx.access(), service.factsOf(v.covenant.getEntity()), v.status) ? v : null;
}

async function visibleComment(ctx: Context, key: string): Promise<CovenantComment | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const c = await ctx.em.findOne(CovenantComment, key, { populate: ['version.covenant'] });
  if (!c) return null;
  const access = await ctx.access();
  const v = c.version.getEntity();
  const facts = service.factsOf(v.covenant.getEntity());
  const readable = c.author.id === access.userId || covenantPolicy.canSeeAllComments(access, facts);
  return readable && covenantPolicy.canSeeVersion(access, facts, v.status) ? c : null;
}

function adoptingBodyType(kind: CovenantKind): CovenantAdoptingBodyType {
  const body = service.adoptingBody(kind);
  return Object.assign(new CovenantAdoptingBodyType(), { meetingKind: body.meetingKind, rules: [...body.rules] });
}

@Resolver(() => CovenantType)
export class CovenantResolver {
  @Query(() => [CovenantType], { description: 'The covenants of a community the viewer may see, by kind (at most 100); those with only a draft for the responsible organizations.' })
  async covenants(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<CovenantType[]> {
    const access = await ctx.access();
    requireUser(access);
    const key = keyOf(communityId, 'Community', 'communityId');
    // One statement for the covenants, every version of each and what the versions' fields
    // need (readCovenants); the loaders those fields use are primed with it.
    const asked = askedOf(info);
    const needs = {
      acknowledgements: asked.anywhere('acknowledgementCount') || asked.anywhere('acknowledgementRate'),
      viewerAcknowledged: asked.anywhere('viewerAcknowledged'),
    };
    const { rows, households } = await readCovenants(ctx.reader, access, key, needs);
    if (households !== undefined) householdsLoader(ctx).prime(key, households);
    // Each version's acknowledgements and the viewer's own ride on its node (versionNode): the
    // fields read them there, with no loader primed per version.
    return rows.map((r) => listedCovenant(ctx, r, access));
  }

  @Query(() => CovenantType, { nullable: true, description: 'One covenant, if the viewer may see it.' })
  async covenant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CovenantType | null> {
    const parsed = parseGlobalId(id);
    const c = parsed?.type === 'Covenant' ? await visibleCovenant(ctx, parsed.key) : null;
    return c ? CovenantType.from(c) : null;
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() c: CovenantType): Promise<CommunityType> {
    return CommunityType.from(await c.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CovenantVersionType, { nullable: true, description: 'The version in force: the latest ADOPTED or FILED one.' })
  inForce(@Root() c: CovenantType, @Ctx() ctx: Context): CovenantVersionType | null | Promise<CovenantVersionType | null> {
    const inForceOf = (all: CovenantVersion[]) => {
      const v = all.find((x) => IN_FORCE.includes(x.status));
      return v ? versionNode(ctx, c, v) : null;
    };
    // A listed covenant answers at once (no promise per node): its versions came with the list.
    const listed = listedOf(c);
    return listed ? inForceOf(listed.versions) : versionsFor(ctx, c).then(inForceOf);
  }

  @FieldResolver(() => [CovenantVersionType], { description: 'Its versions the viewer may see, newest first (drafts for the responsible organizations only).' })
  versions(@Root() c: CovenantType, @Ctx() ctx: Context): CovenantVersionType[] | Promise<CovenantVersionType[]> {
    const seen = (access: Access, all: CovenantVersion[]) => {
      const facts = service.factsOf(covenantOf(c));
      return all.filter((v) => covenantPolicy.canSeeVersion(access, facts, v.status)).map((v) => versionNode(ctx, c, v));
    };
    // A listed covenant answers at once, with the rights the list was read with (the request's).
    const listed = listedOf(c);
    if (listed) return seen(listed.access, listed.versions);
    return Promise.all([ctx.access(), versionsFor(ctx, c)]).then(([access, all]) => seen(access, all));
  }

  @FieldResolver(() => [CovenantAction], { description: 'The steps on the covenant the viewer may take now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() c: CovenantType, @Ctx() ctx: Context): Promise<CovenantAction[]> {
    return service.covenantViewerActions(await ctx.access(), covenantOf(c), await versionsFor(ctx, c));
  }

  @FieldResolver(() => CovenantVersionType, { nullable: true, description: 'The version on its way (DRAFT to VOTING), if the viewer may see it: at most one.' })
  async inProgress(@Root() c: CovenantType, @Ctx() ctx: Context): Promise<CovenantVersionType | null> {
    const v = inProgressOf(await versionsFor(ctx, c));
    return v && covenantPolicy.canSeeVersion(await ctx.access(), service.factsOf(covenantOf(c)), v.status) ? versionNode(ctx, c, v) : null;
  }

  @FieldResolver(() => CovenantAdoptingBodyType, { description: 'Who adopts and repeals it: the kind of meeting and the rules it votes under.' })
  adoptedBy(@Root() c: CovenantType): CovenantAdoptingBodyType {
    return adoptingBodyType(c.entity.kind);
  }

  @FieldResolver(() => [ResolutionType], {
    description:
      '废止: the resolutions `repealCovenant` accepts for it now, newest first (at most 200): PASSED by the body in `adoptedBy`, after the version in force was adopted, bound to no covenant yet, of meetings the viewer sees. Empty unless `viewerActions` offers REPEAL.',
  })
  async repealResolutions(@Root() c: CovenantType, @Ctx() ctx: Context): Promise<ResolutionType[]> {
    const found = await service.repealCandidates(ctx.em, await ctx.access(), covenantOf(c), await versionsFor(ctx, c));
    const out: ResolutionType[] = [];
    for (const r of found) if (await canSeeMeeting(ctx, r.meeting.getEntity())) out.push(ResolutionType.from(r));
    return out;
  }

  @FieldResolver(() => Boolean, { description: 'Whether `CovenantVersion.comments` lists every comment for the viewer (the responsible organizations and reviewers), not only their own.' })
  async viewerSeesAllComments(@Root() c: CovenantType, @Ctx() ctx: Context): Promise<boolean> {
    return covenantPolicy.canSeeAllComments(await ctx.access(), service.factsOf(covenantOf(c)));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer sits in an organization responsible for it: revise, open comment, put to the vote, file, repeal.' })
  async viewerCanManage(@Root() c: CovenantType, @Ctx() ctx: Context): Promise<boolean> {
    return covenantPolicy.canManage(await ctx.access(), service.factsOf(covenantOf(c)));
  }

  @Mutation(() => CovenantType, { description: '起草: a new covenant and its first version, a DRAFT (the organization responsible for the kind).' })
  async draftCovenant(@Arg('input', () => DraftCovenantInput) input: DraftCovenantInput, @Ctx() ctx: Context): Promise<CovenantType> {
    return CovenantType.from(await service.draftCovenant(ctx, input));
  }

  @Mutation(() => CovenantType, { description: '废止: the version in force becomes REPEALED by a PASSED resolution of the body that adopts the kind.' })
  async repealCovenant(@Arg('input', () => RepealCovenantInput) input: RepealCovenantInput, @Ctx() ctx: Context): Promise<CovenantType> {
    return CovenantType.from(await service.repealCovenant(ctx, input));
  }
}

@Resolver(() => CovenantVersionType)
export class CovenantVersionResolver {
  @FieldResolver(() => [AttachmentType], { description: 'Its scans and photos (the signed text, the filing receipt), in the order given: served to whoever may see the version. Not part of `contentHash`.' })
  async attachments(@Root() v: CovenantVersionType, @Ctx() ctx: Context): Promise<AttachmentType[]> {
    return (await attachmentsOf(ctx, 'CovenantVersion', v.entity.id)).map(AttachmentType.from);
  }

  @FieldResolver(() => CovenantType, { description: 'Its covenant.' })
  async covenant(@Root() v: CovenantVersionType): Promise<CovenantType> {
    return CovenantType.from(await v.entity.covenant.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => ResolutionType, { nullable: true, description: 'The resolution it was put to the vote by (its text is the articles), when the viewer may see its meeting.' })
  async resolution(@Root() v: CovenantVersionType, @Ctx() ctx: Context): Promise<ResolutionType | null> {
    if (!v.entity.resolution) return null;
    const r = await v.entity.resolution.loadOrFail({ dataloader: true });
    return (await canSeeMeeting(ctx, await r.meeting.loadOrFail({ dataloader: true }))) ? ResolutionType.from(r) : null;
  }

  @FieldResolver(() => [CovenantVersionAction], { description: 'The steps on this version the viewer may take now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() v: CovenantVersionType, @Ctx() ctx: Context): Promise<CovenantVersionAction[]> {
    return actionsAt(ctx, v.entity, ctx.now());
  }

  @FieldResolver(() => [CovenantVersionAction], {
    description:
      'The steps the viewer will be offered once comments close (at commentsOpenUntil), nothing else changing, that are not offered now (submitting for legal review): to show as waiting. Empty unless comments are open.',
  })
  async viewerActionsOnceCommentsClose(@Root() v: CovenantVersionType, @Ctx() ctx: Context): Promise<CovenantVersionAction[]> {
    const until = v.entity.commentsOpenUntil;
    const now = ctx.now();
    if (v.entity.status !== CovenantVersionStatus.PUBLIC_COMMENT || !until || until <= now) return [];
    const [current, later] = await Promise.all([actionsAt(ctx, v.entity, now), actionsAt(ctx, v.entity, until)]);
    return later.filter((a) => !current.includes(a));
  }

  @FieldResolver(() => Boolean, {
    description: '合法性审查 awaited: in LEGAL_REVIEW with no review recorded yet (`recordLegalReview` is still to come, by a governance center). The same for every viewer who sees the version.',
  })
  awaitingLegalReview(@Root() v: CovenantVersionType, @Ctx() ctx: Context): boolean {
    return canVersion('recordLegalReview', service.versionFactsOf(v.entity), ctx.now());
  }

  @FieldResolver(() => CovenantLegalReviewType, { nullable: true, description: 'The 合法性审查, once recorded.' })
  legalReview(@Root() v: CovenantVersionType): CovenantLegalReviewType | null {
    const e = v.entity;
    if (e.reviewApproved == null || !e.reviewedAt) return null;
    return Object.assign(new CovenantLegalReviewType(), { approved: e.reviewApproved, note: e.reviewNote ?? '', reviewedAt: e.reviewedAt, version: e });
  }

  @FieldResolver(() => Int, { description: 'People who acknowledged this version.' })
  acknowledgementCount(@Root() v: CovenantVersionType, @Ctx() ctx: Context): number | Promise<number> {
    const read = listedVersionOf(v)?.stats;
    if (read) return read.people;
    return ackStats(ctx, versionIdOf(v)).then((s) => s.people);
  }

  @FieldResolver(() => Float, {
    description: 'Acknowledged households over households of the community: flats of acknowledging verified residents over flats with a verified resident (0 when none).',
  })
  async acknowledgementRate(@Root() v: CovenantVersionType, @Ctx() ctx: Context): Promise<number> {
    const listed = listedVersionOf(v);
    const communityId = listed?.communityId ?? (await v.entity.covenant.loadOrFail({ dataloader: true })).community.id;
    const [stats, households] = await Promise.all([listed?.stats ?? ackStats(ctx, versionIdOf(v)), householdsLoader(ctx).load(communityId)]);
    return households === 0 ? 0 : Math.min(1, stats.households / households);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer has acknowledged this version.' })
  viewerAcknowledged(@Root() v: CovenantVersionType, @Ctx() ctx: Context): boolean | Promise<boolean> {
    const userId = ctx.userId;
    if (!userId) return false;
    const read = listedVersionOf(v)?.acknowledged;
    if (read !== undefined) return read;
    return viewerAckLoader(ctx, userId).load(versionIdOf(v));
  }

  @FieldResolver(() => [CovenantCommentType], {
    description: `Its 征求意见 comments, oldest first (at most ${MAX_COMMENTS_LISTED}): all of them for the responsible organizations and reviewers, their own for residents.`,
  })
  async comments(@Root() v: CovenantVersionType, @Ctx() ctx: Context): Promise<CovenantCommentType[]> {
    const access = await ctx.access();
    if (!access.userId) return [];
    const covenant = await v.entity.covenant.loadOrFail({ dataloader: true });
    const all = covenantPolicy.canSeeAllComments(access, service.factsOf(covenant));
    const rows = await ctx.em.find(
      CovenantComment,
      { version: v.entity.id, ...(all ? {} : { author: access.userId }) },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_COMMENTS_LISTED },
    );
    return rows.map(CovenantCommentType.from);
  }

  @FieldResolver(() => [ArticleDiffType], { description: 'Its articles compared by number with another version (default: the version in force, or the previous version; none: all ADDED).' })
  async diff(@Root() v: CovenantVersionType, @Args(() => DiffArgs) args: DiffArgs, @Ctx() ctx: Context): Promise<ArticleDiffType[]> {
    const e = v.entity;
    let base: CovenantVersion | null | undefined;
    if (args.against != null) {
      const key = keyOf(args.against, 'CovenantVersion', 'against');
      base = await visibleVersion(ctx, key);
      if (!base || base.covenant.id !== e.covenant.id) throw badInput({ against: 'is not a version of this covenant' });
    } else {
      const all = await versionsOf(ctx, e.covenant.id);
      base = all.find((x) => IN_FORCE.includes(x.status) && x.id !== e.id) ?? all.find((x) => x.number === e.number - 1);
    }
    return diffArticles(e.articles, base?.articles ?? []).map((d) => Object.assign(new ArticleDiffType(), d));
  }

  @Mutation(() => CovenantVersionType, { description: '修订: a new DRAFT version with the whole new text, when no other version is between DRAFT and VOTING.' })
  async reviseCovenant(@Arg('input', () => ReviseCovenantInput) input: ReviseCovenantInput, @Ctx() ctx: Context): Promise<CovenantVersionType> {
    return CovenantVersionType.from(await service.reviseCovenant(ctx, input));
  }

  @Mutation(() => CovenantVersionType, { description: '征求意见: DRAFT → PUBLIC_COMMENT until a moment in the future; residents are notified.' })
  async openPublicComment(@Arg('input', () => OpenPublicCommentInput) input: OpenPublicCommentInput, @Ctx() ctx: Context): Promise<CovenantVersionType> {
    return CovenantVersionType.from(await service.openPublicComment(ctx, input));
  }

  @Mutation(() => CovenantCommentType, { description: 'A verified resident comments while comments are open, optionally on one article.' })
  async commentOnCovenant(@Arg('input', () => CommentOnCovenantInput) input: CommentOnCovenantInput, @Ctx() ctx: Context): Promise<CovenantCommentType> {
    return CovenantCommentType.from(await service.commentOnCovenant(ctx, input));
  }

  @Mutation(() => CovenantVersionType, { description: 'PUBLIC_COMMENT → LEGAL_REVIEW once comments have closed; the governance center is notified.' })
  async submitForLegalReview(@Arg('input', () => CovenantVersionRefInput) input: CovenantVersionRefInput, @Ctx() ctx: Context): Promise<CovenantVersionType> {
    return CovenantVersionType.from(await service.submitForLegalReview(ctx, input.versionId));
  }

  @Mutation(() => CovenantVersionType, { description: '合法性审查 by a governance center, once: approved stays LEGAL_REVIEW (ready for the vote), not approved is REJECTED.' })
  async recordLegalReview(@Arg('input', () => RecordLegalReviewInput) input: RecordLegalReviewInput, @Ctx() ctx: Context): Promise<CovenantVersionType> {
    return CovenantVersionType.from(await service.recordLegalReview(ctx, input));
  }

  @Mutation(() => ResolutionType, {
    description: '审议表决: proposes at the meeting a resolution whose text is the articles (its textHash binds them); the version goes to VOTING. Closing that vote adopts or rejects it.',
  })
  async putCovenantToVote(@Arg('input', () => PutCovenantToVoteInput) input: PutCovenantToVoteInput, @Ctx() ctx: Context): Promise<ResolutionType> {
    return ResolutionType.from(await service.putCovenantToVote(ctx, input));
  }

  @Mutation(() => CovenantVersionType, { description: '备案: ADOPTED → FILED with the filing reference.' })
  async fileCovenant(@Arg('input', () => FileCovenantInput) input: FileCovenantInput, @Ctx() ctx: Context): Promise<CovenantVersionType> {
    return CovenantVersionType.from(await service.fileCovenant(ctx, input));
  }

  @Mutation(() => CovenantVersionType, { description: '知晓确认: a verified resident acknowledges the version in force; again changes nothing.' })
  async acknowledgeCovenant(@Arg('input', () => CovenantVersionRefInput) input: CovenantVersionRefInput, @Ctx() ctx: Context): Promise<CovenantVersionType> {
    return CovenantVersionType.from(await service.acknowledgeCovenant(ctx, input.versionId));
  }
}

/** The version's viewer actions at `now`, its resolution and meeting loaded when it is VOTING (a stranded motion). */
async function actionsAt(ctx: Context, v: CovenantVersion, now: Date): Promise<CovenantVersionAction[]> {
  const covenant = await v.covenant.loadOrFail({ dataloader: true });
  let stranded = false;
  if (v.status === CovenantVersionStatus.VOTING && v.resolution) {
    const r = await v.resolution.loadOrFail({ dataloader: true });
    await r.meeting.loadOrFail({ dataloader: true });
    stranded = service.isStranded(r);
  }
  return service.versionViewerActions(await ctx.access(), covenant, v, { ...service.versionFactsOf(v), stranded }, now);
}

function ackStatsLoader(ctx: Context) {
  return ctx.loader<string, AcknowledgementStats>('covenantAckStats', async (ids) => {
    const stats = await acknowledgementStats(ctx.em, ids);
    return ids.map((id) => stats.get(id) ?? { people: 0, households: 0 });
  });
}

function ackStats(ctx: Context, versionId: string): Promise<AcknowledgementStats> {
  return ackStatsLoader(ctx).load(versionId);
}

/** Households of each community (flats with a verified resident): one statement per request (primed by the list). */
function householdsLoader(ctx: Context) {
  return ctx.loader<string, number>('communityHouseholds', async (ids) => {
    const counts = await householdCounts(ctx.em, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Whether the viewer acknowledged each version: one statement per request (primed by the list). */
function viewerAckLoader(ctx: Context, userId: string) {
  return ctx.loader<string, boolean>('viewerAcknowledged', async (ids) => {
    const rows = await ctx.em.find(CovenantAcknowledgement, { version: { $in: [...ids] }, user: userId });
    const set = new Set(rows.map((r) => r.version.id));
    return ids.map((id) => set.has(id));
  });
}

/** What the list read for a covenant: its plain row and its versions (no entity behind them). */
interface ListedCovenant {
  covenant: Covenant;
  versions: CovenantVersion[];
  /** The versions as read, in the order of `versions`, each with its node once made. */
  rows: (ListedVersionRow & { node?: CovenantVersionType })[];
  /** The rights the list was read with (the request's). */
  access: Access;
}
/** What a version node made from the list's rows knows: its id, its community, and what the list read for it. */
interface ListedVersion {
  id: string;
  communityId: string;
  stats?: AcknowledgementStats;
  acknowledged?: boolean;
}
// The list's records ride on the nodes under symbols (not in WeakMaps: a WeakMap entry is an
// ephemeron that every garbage collection walks, and a list made some 250 of them per request).
// Symbols stay out of JSON and of the GraphQL fields.
const LISTED = Symbol('listed covenant');
const LISTED_VERSION = Symbol('listed covenant version');
type ListedNode = CovenantType & { [LISTED]?: ListedCovenant };
type ListedVersionNode = CovenantVersionType & { [LISTED_VERSION]?: ListedVersion };
const listedOf = (c: CovenantType): ListedCovenant | undefined => (c as ListedNode)[LISTED];
const listedVersionOf = (v: CovenantVersionType): ListedVersion | undefined => (v as ListedVersionNode)[LISTED_VERSION];

/** The covenant of a node: the list's plain one, or its entity. */
const covenantOf = (c: CovenantType): Covenant => listedOf(c)?.covenant ?? c.entity;
const versionIdOf = (v: CovenantVersionType): string => listedVersionOf(v)?.id ?? v.entity.id;

/** Every version of a covenant, newest first: read with the list, or through the request's loader. */
function versionsFor(ctx: Context, c: CovenantType): Promise<CovenantVersion[]> {
  const listed = listedOf(c);
  return listed ? Promise.resolve(listed.versions) : versionsOf(ctx, c.entity.id);
}

/** A version's node: from the list's plain row (its entity mapped only when a field asks), or from the entity. */
function versionNode(ctx: Context, c: CovenantType, v: CovenantVersion): CovenantVersionType {
  const listed = listedOf(c);
  // A covenant has a handful of versions: a scan is cheaper than a Map per covenant.
  const read = listed?.rows.find((r) => r.version === v);
  if (!listed || !read) return CovenantVersionType.from(v);
  if (!read.node) {
    const node = lazyEntity(CovenantVersionType.from(v), () => ctx.em.map(CovenantVersion, rawOf(ctx.em, CovenantVersion, read.row))) as ListedVersionNode;
    node[LISTED_VERSION] = { id: v.id, communityId: listed.covenant.community.id, stats: read.stats, acknowledged: read.acknowledged };
    read.node = node;
  }
  return read.node;
}

/** A covenant of the list from its plain rows: `entity` mapped only when a field asks. */
function listedCovenant(ctx: Context, r: CovenantListRow, access: Access): CovenantType {
  const node = lazyEntity(CovenantType.from(r.covenant), () => ctx.em.map(Covenant, rawOf(ctx.em, Covenant, r.row))) as ListedNode;
  node[LISTED] = { covenant: r.covenant, versions: r.versions.map((v) => v.version), rows: r.versions, access };
  return node;
}

@Resolver(() => CommunityType)
export class CovenantCommunityResolver {
  @FieldResolver(() => [CovenantKind], { description: 'The kinds of covenant the viewer may draft in this community (`draftCovenant` accepts), in the order to offer them.' })
  async draftableCovenantKinds(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<CovenantKind[]> {
    const access = await ctx.access();
    if (!access.userId) return [];
    return Object.values(CovenantKind).filter((kind) => covenantPolicy.canManage(access, { communityId: c.entity.id, kind }));
  }

  @FieldResolver(() => [DraftableCovenantType], {
    description: 'The kinds of covenant the viewer may draft in this community (as `draftableCovenantKinds`), each with the body that will adopt it: for the drafting form.',
  })
  async draftableCovenants(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<DraftableCovenantType[]> {
    const kinds = await this.draftableCovenantKinds(c, ctx);
    return kinds.map((kind) => Object.assign(new DraftableCovenantType(), { kind, adoptedBy: adoptingBodyType(kind) }));
  }
}

@Resolver(() => CovenantCommentType)
export class CovenantCommentResolver {
  @FieldResolver(() => UserType, { description: 'Who wrote it.' })
  async author(@Root() c: CovenantCommentType): Promise<UserType> {
    return UserType.from(await c.entity.author.loadOrFail({ dataloader: true }));
  }
}

@Resolver(() => CovenantLegalReviewType)
export class CovenantLegalReviewResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Who recorded it.' })
  async reviewer(@Root() r: CovenantLegalReviewType): Promise<UserType | null> {
    return r.version.reviewedBy ? UserType.from(await r.version.reviewedBy.loadOrFail({ dataloader: true })) : null;
  }
}

export const covenantNodes = {
  Covenant: async (ctx: Context, key: string) => {
    const c = await visibleCovenant(ctx, key);
    return c ? CovenantType.from(c) : null;
  },
  CovenantVersion: async (ctx: Context, key: string) => {
    const v = await visibleVersion(ctx, key);
    return v ? CovenantVersionType.from(v) : null;
  },
  CovenantComment: async (ctx: Context, key: string) => {
    const c = await visibleComment(ctx, key);
    return c ? CovenantCommentType.from(c) : null;
  },
};
