import { Migration } from '@mikro-orm/migrations';

/**
 * Issue search without quadratic work (server/issues/README.md, Search):
 * - gz_bigrams is linear: the text is split into characters once (string_to_array with a NULL
 *   delimiter) and each is paired with the next, where substr(t, i, 2) walked the multibyte text
 *   from its start for every i (46.7 s on 99,000 characters).
 * - Comments leave the row: each public comment keeps its own indexed text and bigrams
 *   (`issue_comments.search_text`, `search_grams`, GIN-indexed); the bigrams cover its
 *   number, title and body only, and `comments_text` goes.
 * - A thread's indexed text is capped (100,000 characters, as before): existing comments are
 *   indexed oldest first up to the cap.
 */
export class Migration20261206212001 extends Migration {

  override up(): void {
    this.addSql(`create or replace function gz_bigrams(t text) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct p.c || p.n), '{}')
        from (select c, lead(c) over (order by i) as n
                from unnest(string_to_array(t, null)) with ordinality as u(c, i)) p
       where p.n is not null
    $$;`);

    this.addSql(`alter table "issue_comments" add column "search_text" text null;`);
    this.addSql(`update "issue_comments" c set "search_text" = left(c.body, (100000 - s.before)::int)
      from (select id, coalesce(sum(length(body)) over (partition by issue_id order by created_at, id rows between unbounded preceding and 1 preceding), 0) as before
              from issue_comments where not internal) s
     where s.id = c.id and s.before < 100000;`);
    this.addSql(`alter table "issue_comments" add column "search_grams" text[] generated always as (gz_bigrams(lower(search_text))) stored null;`);
    this.addSql(`create index "issue_comments_search_grams_index" on "issue_comments" using gin ("search_grams");`);

    this.addSql(`drop index if exists "issues_search_grams_index";`);
    this.addSql(`alter table "issues" drop column "search_grams";`);
    this.addSql(`alter table "issues" drop column "comments_text";`);
    this.addSql(`alter table "issues" add column "search_grams" text[] generated always as (gz_bigrams(lower(number || ' ' || title || ' ' || body))) stored null;`);
    this.addSql(`create index "issues_search_grams_index" on "issues" using gin ("search_grams");`);
  }

  override down(): void {
    this.addSql(`drop index if exists "issues_search_grams_index";`);
    this.addSql(`alter table "issues" drop column "search_grams";`);
    this.addSql(`alter table "issues" add column "comments_text" text not null default '';`);
    this.addSql(`update "issues" i set "comments_text" = left(t.txt, 100000)
      from (select issue_id, string_agg(body, ' ' order by created_at, id) as txt from issue_comments where not internal group by issue_id) t
     where t.issue_id = i.id;`);
    this.addSql(`alter table "issues" add column "search_grams" text[] generated always as (gz_bigrams(lower(number || ' ' || title || ' ' || body || ' ' || comments_text))) stored null;`);
    this.addSql(`create index "issues_search_grams_index" on "issues" using gin ("search_grams");`);
    this.addSql(`drop index if exists "issue_comments_search_grams_index";`);
    this.addSql(`alter table "issue_comments" drop column "search_grams", drop column "search_text";`);
  }

}
