import { Migration } from '@mikro-orm/migrations';

/**
 * Public legal services (issue 12, part 2), 周四有约: the legal advisers' office-hour slots
 * (`office_hour_slots`, one per lawyer and start) and the consultations booked on them
 * (`legal_consultations`). A slot is held by at most one consultation that is not CANCELLED: the
 * partial unique index below, under the service's row lock (two residents never hold one slot).
 * server/legal/README.md has the rules.
 */
export class Migration20261208010100 extends Migration {
  override up(): void {
    this.addSql(`create type "consultation_status" as enum ('BOOKED', 'CANCELLED', 'COMPLETED', 'REFERRAL_PROPOSED', 'REFERRED');`);
    this.addSql(`create type "referral_target" as enum ('DISPUTE', 'ISSUE');`);
    this.addSql(`create table "office_hour_slots" (
      "id" uuid not null, "community_id" uuid not null, "lawyer_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null,
      "place" varchar(200) null, "published_at" timestamptz not null,
      constraint "office_hour_slots_pkey" primary key ("id"),
      constraint "office_hour_slots_ends_after_start_check" check ("ends_at" > "starts_at"));`);
    this.addSql(`alter table "office_hour_slots" add constraint "office_hour_slots_lawyer_id_starts_at_unique" unique ("lawyer_id", "starts_at");`);
    this.addSql(`create index "office_hour_slots_community_id_starts_at_index" on "office_hour_slots" ("community_id", "starts_at");`);
    this.addSql(`alter table "office_hour_slots" add constraint "office_hour_slots_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_hour_slots" add constraint "office_hour_slots_lawyer_id_foreign" foreign key ("lawyer_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "legal_consultations" (
      "id" uuid not null, "slot_id" uuid not null, "community_id" uuid not null, "lawyer_id" uuid not null, "resident_id" uuid not null,
      "starts_at" timestamptz not null, "status" "consultation_status" not null default 'BOOKED', "topic" varchar(500) null,
      "booked_at" timestamptz not null, "cancelled_at" timestamptz null, "cancelled_by_id" uuid null, "cancel_reason" varchar(500) null,
      "note" text null, "note_recorded_at" timestamptz null, "referral_to" "referral_target" null, "referral_draft" jsonb null,
      "consented_at" timestamptz null, "dispute_id" uuid null, "issue_id" uuid null, "reminded_at" timestamptz null,
      "version" int not null default 1,
      constraint "legal_consultations_pkey" primary key ("id"));`);
    // Two residents never hold one slot.
    this.addSql(`create unique index "legal_consultations_live_slot_unique" on "legal_consultations" ("slot_id") where "status" <> 'CANCELLED';`);
    this.addSql(`create index "legal_consultations_slot_id_index" on "legal_consultations" ("slot_id");`);
    this.addSql(`create index "legal_consultations_resident_id_starts_at_index" on "legal_consultations" ("resident_id", "starts_at");`);
    this.addSql(`create index "legal_consultations_lawyer_id_starts_at_index" on "legal_consultations" ("lawyer_id", "starts_at");`);
    // The reminders' sweep: booked, not yet reminded, by start.
    this.addSql(`create index "legal_consultations_to_remind_index" on "legal_consultations" ("starts_at") where "status" = 'BOOKED' and "reminded_at" is null;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_slot_id_foreign" foreign key ("slot_id") references "office_hour_slots" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_lawyer_id_foreign" foreign key ("lawyer_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_resident_id_foreign" foreign key ("resident_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "legal_consultations" add constraint "legal_consultations_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade on delete set null;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "legal_consultations" cascade;`);
    this.addSql(`drop table if exists "office_hour_slots" cascade;`);
    this.addSql(`drop type "referral_target";`);
    this.addSql(`drop type "consultation_status";`);
  }
}
