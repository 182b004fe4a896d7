import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { VoteRule } from '../meetings/index.js';
import { MAX_ITEMS, MAX_LENGTH, NOT_BLANK } from '../../common/limits.js';
import { CovenantKind } from './covenant.entity.js';

const L = MAX_LENGTH.covenant;

export const MAX_ARTICLES = MAX_ITEMS.covenant.articles;
export const MAX_ARTICLE_TEXT = L.articleText;

@InputType('ArticleInput', { description: 'One 条款; articles are numbered 1, 2, … in the order given.' })
export class ArticleInput {
  @Field(() => String, { nullable: true, description: `A heading, 1 to ${L.articleTitle} characters.` })
  @IsOptional()
  @Length(1, L.articleTitle)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title?: string | null;

  @Field({ description: `The text, 1 to ${MAX_ARTICLE_TEXT.toLocaleString('en')} characters.` })
  @Length(1, MAX_ARTICLE_TEXT)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  text!: string;
}

@InputType('DraftCovenantInput', { description: 'A new covenant with its first version, a DRAFT (the organization responsible for the kind).' })
export class DraftCovenantInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => CovenantKind, { description: 'Which kind; decides who is responsible and who adopts it.' })
  kind!: CovenantKind;

  @Field({ description: `1 to ${L.title} characters, e.g. 檀溪社区居民公约.` })
  @Length(1, L.title)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  title!: string;

  @Field(() => [ArticleInput], { description: `The articles, 1 to ${MAX_ARTICLES}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ARTICLES)
  @ValidateNested({ each: true })
  articles!: ArticleInput[];

  @Field(() => [ID], { nullable: true, description: `Photos and documents (scans) uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;
}

@InputType('ReviseCovenantInput', { description: 'A new DRAFT version (when no other version is in progress).' })
export class ReviseCovenantInput {
  @Field(() => ID, { description: 'The covenant.' })
  covenantId!: string;

  @Field(() => [ArticleInput], { description: `The whole new text, 1 to ${MAX_ARTICLES} articles.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ARTICLES)
  @ValidateNested({ each: true })
  articles!: ArticleInput[];

  @Field({ description: `What changes and why, 1 to ${L.changeSummary} characters.` })
  @Length(1, L.changeSummary)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  changeSummary!: string;

  @Field(() => [ID], { nullable: true, description: `Photos and documents (scans) uploaded first (POST /files) by the viewer, in order: at most ${MAX_ITEMS.attachment.images} images and ${MAX_ITEMS.attachment.documents} documents.` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents)
  attachmentIds?: string[] | null;
}

@InputType('OpenPublicCommentInput', { description: '征求意见: DRAFT → PUBLIC_COMMENT until a moment in the future; residents are told.' })
export class OpenPublicCommentInput {
  @Field(() => ID, { description: 'The version.' })
  versionId!: string;

  @Field(() => GraphQLDateTime, { description: 'Comments are taken until then: in the future, at most 90 days ahead.' })
  until!: Date;
}

@InputType('CommentOnCovenantInput', { description: 'A verified resident comments while comments are open.' })
export class CommentOnCovenantInput {
  @Field(() => ID, { description: 'The version.' })
  versionId!: string;

  @Field(() => Int, { nullable: true, description: 'The article commented on (one of the version’s numbers); none for the whole text.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ARTICLES)
  articleNumber?: number | null;

  @Field({ description: `1 to ${L.comment.toLocaleString('en')} characters.` })
  @Length(1, L.comment)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  body!: string;
}

@InputType('CovenantVersionRefInput', { description: 'One covenant version.' })
export class CovenantVersionRefInput {
  @Field(() => ID, { description: 'The version.' })
  versionId!: string;
}

@InputType('RecordLegalReviewInput', { description: '合法性审查 by a governance center: approve (ready for the vote) or reject.' })
export class RecordLegalReviewInput {
  @Field(() => ID, { description: 'The version, in LEGAL_REVIEW.' })
  versionId!: string;

  @Field({ description: 'Lawful as drafted (true), or not (false: the version is REJECTED).' })
  approved!: boolean;

  @Field({ description: `The reviewer’s opinion, 1 to ${L.legalReviewNote.toLocaleString('en')} characters.` })
  @Length(1, L.legalReviewNote)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  note!: string;
}

@InputType('PutCovenantToVoteInput', {
  description:
    'Put an approved version to the vote at a meeting: a resolution whose text is the articles is proposed there. 管理规约 (PROPERTY_RULES) go to an OWNERS_ASSEMBLY under OWNERS_ORDINARY; the other kinds to a REPRESENTATIVES meeting.',
})
export class PutCovenantToVoteInput {
  @Field(() => ID, { description: 'The version, in LEGAL_REVIEW with an approved review.' })
  versionId!: string;

  @Field(() => ID, { description: 'The meeting, SCHEDULED or IN_SESSION, convened by the viewer’s organization.' })
  meetingId!: string;

  @Field(() => VoteRule, { description: 'How the vote is counted.' })
  rule!: VoteRule;
}

@InputType('FileCovenantInput', { description: '备案: ADOPTED → FILED with the filing authority’s reference.' })
export class FileCovenantInput {
  @Field(() => ID, { description: 'The version, ADOPTED.' })
  versionId!: string;

  @Field({ description: `1 to ${L.filingReference} characters.` })
  @Length(1, L.filingReference)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  filingReference!: string;
}

@InputType('RepealCovenantInput', { description: '废止: the version in force becomes REPEALED by a PASSED resolution.' })
export class RepealCovenantInput {
  @Field(() => ID, { description: 'The covenant.' })
  covenantId!: string;

  @Field(() => ID, { description: 'The PASSED resolution that decided the repeal, taken by the body that adopts this kind.' })
  resolutionId!: string;
}

@ArgsType()
export class DiffArgs {
  @Field(() => ID, { nullable: true, description: 'Another version of the same covenant (default: the version in force, or the previous version).' })
  against?: string | null;
}
