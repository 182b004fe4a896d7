import { Migration } from '@mikro-orm/migrations';

/**
 * Mediation sessions (issue 12, part 1: 调解会). A session of a dispute in mediation with its
 * mediators and parties present (uuid arrays) and its record (调解笔录); those invited from another
 * organization by account (`mediation_session_invitees`, with the dispute on the row: they see that
 * dispute, and the list SQL and the event audience read this one table). server/disputes/README.md.
 */
export class Migration20261208000100 extends Migration {
  override up(): void {
    this.addSql(`create type "session_invitee_role" as enum ('LAWYER', 'PSYCHOLOGIST', 'OTHER');`);
    this.addSql(`create table "mediation_sessions" (
      "id" uuid not null, "dispute_id" uuid not null, "held_at" timestamptz not null, "place" varchar(200) not null,
      "mediator_ids" uuid[] not null default '{}', "party_ids" uuid[] not null default '{}', "record" text not null,
      "recorded_by_id" uuid not null, "recorded_at" timestamptz not null,
      constraint "mediation_sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "mediation_sessions_dispute_id_held_at_index" on "mediation_sessions" ("dispute_id", "held_at");`);
    this.addSql(`alter table "mediation_sessions" add constraint "mediation_sessions_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediation_sessions" add constraint "mediation_sessions_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "mediation_session_invitees" (
      "id" uuid not null, "session_id" uuid not null, "dispute_id" uuid not null, "user_id" uuid not null,
      "role" "session_invitee_role" not null, "affiliation" varchar(100) not null,
      constraint "mediation_session_invitees_pkey" primary key ("id"));`);
    this.addSql(`alter table "mediation_session_invitees" add constraint "mediation_session_invitees_session_id_user_id_unique" unique ("session_id", "user_id");`);
    this.addSql(`create index "mediation_session_invitees_user_id_dispute_id_index" on "mediation_session_invitees" ("user_id", "dispute_id");`);
    this.addSql(`create index "mediation_session_invitees_dispute_id_index" on "mediation_session_invitees" ("dispute_id");`);
    this.addSql(`alter table "mediation_session_invitees" add constraint "mediation_session_invitees_session_id_foreign" foreign key ("session_id") references "mediation_sessions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediation_session_invitees" add constraint "mediation_session_invitees_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediation_session_invitees" add constraint "mediation_session_invitees_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "mediation_session_invitees" cascade;`);
    this.addSql(`drop table if exists "mediation_sessions" cascade;`);
    this.addSql(`drop type "session_invitee_role";`);
  }
}
