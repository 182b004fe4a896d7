import { Migration } from '@mikro-orm/migrations';

/**
 * Public legal services (issue 12, part 2), 法律超市: residents' questions to the community's legal
 * advisers and their answers (`legal_questions`). Searched in Chinese as issues are: character
 * bigrams of title, question and answer (`gz_bigrams`, from the issues' migrations) in a generated
 * column under a GIN index; core/sql.ts `textSearch` reads it. server/legal/README.md has the rules.
 */
export class Migration20261208010200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "legal_question_category" as enum ('NEIGHBOR', 'PROPERTY', 'MARRIAGE_FAMILY', 'INHERITANCE', 'LABOR', 'CONSUMER', 'CONTRACT', 'TRAFFIC', 'OTHER');`);
    this.addSql(`create type "question_visibility" as enum ('PUBLIC', 'PRIVATE');`);
    this.addSql(`create type "legal_question_status" as enum ('OPEN', 'ANSWERED', 'WITHDRAWN');`);
    this.addSql(`create table "legal_questions" (
      "id" uuid not null, "community_id" uuid not null, "asker_id" uuid not null, "category" "legal_question_category" not null,
      "visibility" "question_visibility" not null, "status" "legal_question_status" not null default 'OPEN',
      "title" varchar(100) not null, "body" text not null, "asked_at" timestamptz not null,
      "answer" text null, "answered_by_id" uuid null, "answered_at" timestamptz null,
      "search_grams" text[] generated always as (gz_bigrams(lower(title || ' ' || body || ' ' || coalesce(answer, '')))) stored null,
      "version" int not null default 1,
      constraint "legal_questions_pkey" primary key ("id"));`);
    this.addSql(`create index "legal_questions_community_id_asked_at_index" on "legal_questions" ("community_id", "asked_at");`);
    this.addSql(`create index "legal_questions_asker_id_index" on "legal_questions" ("asker_id");`);
    this.addSql(`create index "legal_questions_search_grams_index" on "legal_questions" using gin ("search_grams");`);
    this.addSql(`alter table "legal_questions" add constraint "legal_questions_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "legal_questions" add constraint "legal_questions_asker_id_foreign" foreign key ("asker_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "legal_questions" add constraint "legal_questions_answered_by_id_foreign" foreign key ("answered_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "legal_questions" cascade;`);
    this.addSql(`drop type "legal_question_status";`);
    this.addSql(`drop type "question_visibility";`);
    this.addSql(`drop type "legal_question_category";`);
  }
}
