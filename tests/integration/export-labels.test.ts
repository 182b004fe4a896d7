import { describe, expect, it } from 'vitest';
import issuesZhCN from '../../client/src/locales/issues.zh-CN.js';
import meetingsZhCN from '../../client/src/locales/meetings.zh-CN.js';
import { EXPORT_WORDS } from '../../server/app/exports/labels.js';

/**
 * The Excel exports (server/app/exports) write the client's words for the enums: the server may
 * not import the client, so its copy is held to the client's here, word for word. (In the api
 * tier, though it needs no database: a unit test may not import server/app.)
 */
// The English files import their schema's type without an extension, which the server's
// tsconfig (NodeNext) cannot resolve: loaded by a specifier tsc does not follow.
const load = async (name: string) =>
  ((await import(/* @vite-ignore */ new URL(`../../client/src/locales/${name}.ts`, import.meta.url).pathname)) as { default: { enums: Record<string, unknown> } }).default;
const issuesEn = await load('issues.en');
const meetingsEn = await load('meetings.en');

describe('export labels are the client’s', () => {
  it('issue enums, in both languages', () => {
    for (const [lang, client] of [['zh-CN', issuesZhCN], ['en', issuesEn]] as const) {
      for (const type of ['IssueStatus', 'IssueCategory', 'IssuePriority', 'Visibility'] as const) {
        expect(EXPORT_WORDS[lang].enums[type]).toEqual(client.enums[type]);
      }
    }
  });

  it('ballot channels and choices, in both languages', () => {
    for (const [lang, client] of [['zh-CN', meetingsZhCN], ['en', meetingsEn]] as const) {
      expect(EXPORT_WORDS[lang].vote.enums.BallotChannel).toEqual(client.enums.BallotChannel);
      expect(EXPORT_WORDS[lang].vote.enums.BallotChoice).toEqual(client.enums.BallotChoice);
    }
  });
});
