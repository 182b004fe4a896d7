import { Migration } from '@mikro-orm/migrations';

/**
 * Mediation sessions scheduled ahead (issue 12, part 1: 调解会). A session is SCHEDULED (a planned
 * time and place, the mediators and parties asked to come, its invitees), then HELD once recorded
 * with its 调解笔录, or CANCELLED with a reason; one recorded without a plan is HELD from the start
 * (every existing row). The held time, the record and its recorder are therefore null until held:
 * `mediation_sessions_status_check` holds HELD ⇔ all three set, SCHEDULED ⇒ a planned time,
 * CANCELLED ⇒ a reason. server/disputes/README.md.
 */
export class Migration20261210300000 extends Migration {
  override up(): void {
    this.addSql(`create type "mediation_session_status" as enum ('SCHEDULED', 'HELD', 'CANCELLED');`);
    this.addSql(`alter table "mediation_sessions"
      add column "status" "mediation_session_status" not null default 'HELD',
      add column "planned_at" timestamptz null,
      add column "scheduled_by_id" uuid null,
      add column "scheduled_at" timestamptz null,
      add column "cancel_reason" varchar(1000) null,
      add column "cancelled_at" timestamptz null,
      alter column "held_at" drop not null,
      alter column "record" drop not null,
      alter column "recorded_by_id" drop not null,
      alter column "recorded_at" drop not null;`);
    this.addSql(`alter table "mediation_sessions" add constraint "mediation_sessions_scheduled_by_id_foreign" foreign key ("scheduled_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mediation_sessions" add constraint "mediation_sessions_status_check" check (
      ("status" = 'HELD') = ("held_at" is not null and "record" is not null and "recorded_by_id" is not null and "recorded_at" is not null)
      and ("status" <> 'SCHEDULED' or "planned_at" is not null)
      and ("status" <> 'CANCELLED' or ("cancel_reason" is not null and "cancelled_at" is not null)));`);
    this.addSql(`create index "mediation_sessions_scheduled_index" on "mediation_sessions" ("dispute_id", "planned_at") where "status" = 'SCHEDULED';`);
  }

  override down(): void {
    this.addSql(`delete from "mediation_sessions" where "status" <> 'HELD';`);
    this.addSql(`drop index if exists "mediation_sessions_scheduled_index";`);
    this.addSql(`alter table "mediation_sessions" drop constraint if exists "mediation_sessions_status_check";`);
    this.addSql(`alter table "mediation_sessions" drop constraint if exists "mediation_sessions_scheduled_by_id_foreign";`);
    this.addSql(`alter table "mediation_sessions"
      drop column "status", drop column "planned_at", drop column "scheduled_by_id", drop column "scheduled_at",
      drop column "cancel_reason", drop column "cancelled_at",
      alter column "held_at" set not null, alter column "record" set not null,
      alter column "recorded_by_id" set not null, alter column "recorded_at" set not null;`);
    this.addSql(`drop type "mediation_session_status";`);
  }
}
