import { createHash } from 'node:crypto';
import type { ArticleRecord } from './covenant.entity.js';

/** What an article input carries before it is numbered. */
export interface ArticleDraft {
  title?: string | null;
  text: string;
}

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** Numbers the articles 1…n in the order given; trims them and normalizes line ends. */
export function numberArticles(articles: readonly ArticleDraft[]): ArticleRecord[] {
  return articles.map((a, i) => ({ number: i + 1, title: a.title == null ? null : clean(a.title) || null, text: clean(a.text) }));
}

/**
 * The canonical serialization hashed into `contentHash`: a JSON array of `[number, title, text]`
 * (title `null` when there is none), in article order, UTF-8. Anything that is not a list of
 * articles (a damaged row) serializes to something no list of articles does.
 */
export function canonicalArticles(articles: unknown): string {
  if (!Array.isArray(articles)) return JSON.stringify({ invalid: articles ?? null });
  return JSON.stringify(articles.map((a: Partial<ArticleRecord> | null) => [a?.number ?? null, a?.title ?? null, a?.text ?? null]));
}

/** SHA-256 (hex) of the canonical serialization of the articles. */
export function contentHashOf(articles: unknown): string {
  return createHash('sha256').update(canonicalArticles(articles), 'utf8').digest('hex');
}

/**
 * The text of the resolution that puts a version to the vote: the articles as a reader sees them,
 * closed by the content hash. The resolution's textHash is the SHA-256 of exactly this, so a vote
 * binds both the words and the hash; at the close the text is rendered again from the stored
 * articles and must hash the same.
 */
export function renderForVote(covenantTitle: string, versionNumber: number, contentHash: string, articles: readonly ArticleRecord[]): string {
  const body = articles.map((a) => `第${a.number}条${a.title ? `　${a.title}` : ''}\n${a.text}`).join('\n\n');
  return `《${covenantTitle}》第${versionNumber}版\n\n${body}\n\n内容哈希（SHA-256）：${contentHash}`;
}

export enum ArticleChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  MODIFIED = 'MODIFIED',
  UNCHANGED = 'UNCHANGED',
}

export interface ArticleDiffRecord {
  number: number;
  change: ArticleChange;
  before: string | null;
  after: string | null;
}

/** An article as one string for a diff: its heading on the first line, when it has one. */
const asText = (a: ArticleRecord) => (a.title ? `${a.title}\n${a.text}` : a.text);

/** Compares two texts article by article, by number, in number order. */
export function diffArticles(after: readonly ArticleRecord[], before: readonly ArticleRecord[]): ArticleDiffRecord[] {
  const a = new Map(after.map((x) => [x.number, x]));
  const b = new Map(before.map((x) => [x.number, x]));
  const numbers = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  return numbers.map((number) => {
    const now = a.get(number);
    const was = b.get(number);
    const change = !was ? ArticleChange.ADDED : !now ? ArticleChange.REMOVED : asText(now) === asText(was) ? ArticleChange.UNCHANGED : ArticleChange.MODIFIED;
    return { number, change, before: was ? asText(was) : null, after: now ? asText(now) : null };
  });
}
