import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { Covenant, CovenantComment, CovenantKind, CovenantRejection, CovenantVersion, CovenantVersionStatus } from './covenant.entity.js';
import { ArticleChange, type ArticleDiffRecord } from './covenant.content.js';
import { MeetingKind, VoteRule } from '../meetings/index.js';

registerEnumType(CovenantKind, {
  name: 'CovenantKind',
  description: 'Which kind of covenant: decides who is responsible for it and who adopts it.',
  valuesConfig: {
    RESIDENTS_CONVENTION: { description: '居民公约: drafted by the residents’ committee or party organization, adopted by a REPRESENTATIVES meeting.' },
    PROPERTY_RULES: { description: '管理规约: drafted by the owners’ committee, adopted by an OWNERS_ASSEMBLY under OWNERS_ORDINARY.' },
    VILLAGE_RULES: { description: '村规民约: drafted by the villagers’ committee or party organization, adopted by a REPRESENTATIVES meeting.' },
    PROCEDURE_RULES: { description: '议事规则: drafted by the residents’ committee or party organization, adopted by a REPRESENTATIVES meeting.' },
  },
});
registerEnumType(CovenantVersionStatus, {
  name: 'CovenantVersionStatus',
  description: 'Where a covenant version stands.',
  valuesConfig: {
    DRAFT: { description: 'Being drafted; seen by the responsible organizations only.' },
    PUBLIC_COMMENT: { description: '征求意见: residents comment until commentsOpenUntil.' },
    LEGAL_REVIEW: { description: '合法性审查: awaiting (or, with legalReview.approved, passed) review by a governance center.' },
    VOTING: { description: '审议表决: bound to one resolution, whose text is the articles.' },
    ADOPTED: { description: '通过: in force.' },
    FILED: { description: '备案: in force and filed with the authority.' },
    SUPERSEDED: { description: 'Was in force until a later version was adopted.' },
    REJECTED: { description: 'Not approved by the legal review, or not passed by the vote (see rejection).' },
    REPEALED: { description: '废止: was in force until repealed by a resolution.' },
  },
});
registerEnumType(CovenantRejection, {
  name: 'CovenantRejection',
  description: 'Why a covenant version was REJECTED.',
  valuesConfig: {
    LEGAL_REVIEW: { description: 'The legal review did not approve it.' },
    VOTE_FAILED: { description: 'The vote did not pass.' },
    NO_QUORUM: { description: 'Too few took part in the vote.' },
    CONTENT_CHANGED: { description: 'The vote passed, but the articles no longer matched the text voted on: the resolution cannot adopt them.' },
  },
});
/** A step on a covenant version, as offered to the viewer by `CovenantVersion.viewerActions`. */
export enum CovenantVersionAction {
  OPEN_PUBLIC_COMMENT = 'OPEN_PUBLIC_COMMENT',
  COMMENT = 'COMMENT',
  SUBMIT_FOR_LEGAL_REVIEW = 'SUBMIT_FOR_LEGAL_REVIEW',
  RECORD_LEGAL_REVIEW = 'RECORD_LEGAL_REVIEW',
  PUT_TO_VOTE = 'PUT_TO_VOTE',
  FILE = 'FILE',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
}
registerEnumType(CovenantVersionAction, {
  name: 'CovenantVersionAction',
  description: 'A step on a covenant version, as offered to the viewer by `CovenantVersion.viewerActions`.',
  valuesConfig: {
    OPEN_PUBLIC_COMMENT: { description: '征求意见: `openPublicComment`, DRAFT → PUBLIC_COMMENT (the responsible organizations).' },
    COMMENT: { description: '`commentOnCovenant` while comments are open (verified residents).' },
    SUBMIT_FOR_LEGAL_REVIEW: { description: '`submitForLegalReview` once comments have closed (the responsible organizations).' },
    RECORD_LEGAL_REVIEW: { description: '合法性审查: `recordLegalReview`, once (a governance center of the community or its township).' },
    PUT_TO_VOTE: {
      description: '审议表决: `putCovenantToVote` at a meeting the viewer convenes, of the body in `Covenant.adoptedBy` (approved text, or a motion stranded by its meeting).',
    },
    FILE: { description: '备案: `fileCovenant`, ADOPTED → FILED (the responsible organizations).' },
    ACKNOWLEDGE: { description: '知晓确认: `acknowledgeCovenant` of the version in force (verified residents; again changes nothing).' },
  },
});

/** A step on a covenant as a whole, as offered to the viewer by `Covenant.viewerActions`. */
export enum CovenantAction {
  REVISE = 'REVISE',
  REPEAL = 'REPEAL',
}
registerEnumType(CovenantAction, {
  name: 'CovenantAction',
  description: 'A step on a covenant as a whole, as offered to the viewer by `Covenant.viewerActions`.',
  valuesConfig: {
    REVISE: { description: '修订: `reviseCovenant`, a new DRAFT version, when no version is between DRAFT and VOTING (the responsible organizations).' },
    REPEAL: { description: '废止: `repealCovenant` of the version in force by a PASSED resolution of the body in `Covenant.adoptedBy` (the responsible organizations).' },
  },
});

registerEnumType(ArticleChange, {
  name: 'ArticleChange',
  description: 'How an article differs between two versions (compared by number).',
  valuesConfig: {
    ADDED: { description: 'Only in this version.' },
    REMOVED: { description: 'Only in the other version.' },
    MODIFIED: { description: 'In both, with a different title or text.' },
    UNCHANGED: { description: 'In both, the same.' },
  },
});

@ObjectType('Article', { description: '条款: one article of a covenant version.' })
export class ArticleType {
  @Field(() => Int, { description: '1-based number within its version.' })
  number!: number;

  @Field(() => String, { nullable: true, description: 'Its heading, if any.' })
  title!: string | null;

  @Field({ description: 'Its text.' })
  text!: string;
}

@ObjectType('ArticleDiff', { description: 'One article compared between two versions.' })
export class ArticleDiffType implements ArticleDiffRecord {
  @Field(() => Int, { description: 'The article number.' })
  number!: number;

  @Field(() => ArticleChange, { description: 'How it changed.' })
  change!: ArticleChange;

  @Field(() => String, { nullable: true, description: 'In the other version: heading (first line, when there is one) and text.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'In this version: heading (first line, when there is one) and text.' })
  after!: string | null;
}

@ObjectType('CovenantAdoptingBody', { description: 'Who adopts (and repeals) a kind of covenant: the kind of meeting and the rules it may vote under.' })
export class CovenantAdoptingBodyType {
  @Field(() => MeetingKind, { description: 'The kind of meeting.' })
  meetingKind!: MeetingKind;

  @Field(() => [VoteRule], { description: 'The rules a motion to adopt or repeal may be put under, in the order to offer them.' })
  rules!: VoteRule[];
}

@ObjectType('DraftableCovenant', { description: 'A kind of covenant the viewer may draft, and who will adopt it (`Community.draftableCovenants`).' })
export class DraftableCovenantType {
  @Field(() => CovenantKind, { description: 'The kind.' })
  kind!: CovenantKind;

  @Field(() => CovenantAdoptingBodyType, { description: 'Who adopts (and repeals) a covenant of this kind: as `Covenant.adoptedBy` will say.' })
  adoptedBy!: CovenantAdoptingBodyType;
}

@ObjectType('CovenantLegalReview', { description: '合法性审查 as recorded by a governance center.' })
export class CovenantLegalReviewType {
  @Field({ description: 'Lawful as drafted.' })
  approved!: boolean;

  @Field({ description: 'The reviewer’s opinion.' })
  note!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  reviewedAt!: Date;

  version!: CovenantVersion;
}

@ObjectType('CovenantComment', { implements: NodeInterface, description: 'A resident’s comment during 征求意见.' })
export class CovenantCommentType extends NodeInterface {
  @Field(() => Int, { nullable: true, description: 'The article commented on; none for the whole text.' })
  articleNumber!: number | null;

  @Field({ description: 'The comment.' })
  body!: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  createdAt!: Date;

  entity!: CovenantComment;

  static from(this: void, c: CovenantComment): CovenantCommentType {
    return Object.assign(new CovenantCommentType(), {
      id: toGlobalId('CovenantComment', c.id),
      articleNumber: c.articleNumber ?? null,
      body: c.body,
      createdAt: c.createdAt,
      entity: c,
    });
  }
}

@ObjectType('CovenantVersion', { implements: NodeInterface, description: '版本: one text of a covenant and where it stands.' })
export class CovenantVersionType extends NodeInterface {
  @Field(() => Int, { description: '1, 2, … within its covenant.' })
  number!: number;

  @Field(() => CovenantVersionStatus, { description: 'Where it stands.' })
  status!: CovenantVersionStatus;

  @Field(() => [ArticleType], { description: 'Its articles, in order (at most 200). Written once: a change is a new version.' })
  articles!: ArticleType[];

  @Field({
    description:
      'SHA-256 of the articles; the adopting resolution is bound to it. Hex of SHA-256 over the UTF-8 JSON array of [number, title or null, text] per article, as recorded when the articles were written.',
  })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: 'What a revision changes, and why.' })
  changeSummary!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: '征求意见 until then.' })
  commentsOpenUntil!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the vote adopted it.' })
  adoptedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: '备案 time.' })
  filedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The 备案 reference.' })
  filingReference!: string | null;

  @Field(() => CovenantRejection, { nullable: true, description: 'Why it was REJECTED.' })
  rejection!: CovenantRejection | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When a later version superseded it.' })
  supersededAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: '废止 time.' })
  repealedAt!: Date | null;

  @Field(() => GraphQLDateTime, { description: 'When it was written.' })
  createdAt!: Date;

  entity!: CovenantVersion;

  static from(this: void, v: CovenantVersion): CovenantVersionType {
    return Object.assign(new CovenantVersionType(), {
      id: toGlobalId('CovenantVersion', v.id),
      number: v.number,
      status: v.status,
      articles: v.articles.map((a) => Object.assign(new ArticleType(), { number: a.number, title: a.title ?? null, text: a.text })),
      contentHash: v.contentHash,
      changeSummary: v.changeSummary ?? null,
      commentsOpenUntil: v.commentsOpenUntil ?? null,
      adoptedAt: v.adoptedAt ?? null,
      filedAt: v.filedAt ?? null,
      filingReference: v.filingReference ?? null,
      rejection: v.rejection ?? null,
      supersededAt: v.supersededAt ?? null,
      repealedAt: v.repealedAt ?? null,
      createdAt: v.createdAt,
      entity: v,
    });
  }
}

@ObjectType('Covenant', { implements: NodeInterface, description: '公约: a covenant of a community, with its versions.' })
export class CovenantType extends NodeInterface {
  @Field(() => CovenantKind, { description: 'Kind.' })
  kind!: CovenantKind;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was first drafted.' })
  createdAt!: Date;

  entity!: Covenant;

  static from(this: void, c: Covenant): CovenantType {
    return Object.assign(new CovenantType(), { id: toGlobalId('Covenant', c.id), kind: c.kind, title: c.title, createdAt: c.createdAt, entity: c });
  }
}
