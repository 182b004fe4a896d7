import { Migration } from '@mikro-orm/migrations';

export class Migration20261128041012 extends Migration {

  override up(): void {
    this.addSql(`create type "meeting_kind" as enum ('JOINT', 'DELIBERATION', 'REPRESENTATIVES', 'OWNERS_ASSEMBLY', 'SUPERVISION');`);
    this.addSql(`create type "meeting_status" as enum ('SCHEDULED', 'IN_SESSION', 'ADJOURNED', 'MINUTES_APPROVED', 'PUBLISHED', 'CANCELLED');`);
    this.addSql(`create type "vote_rule" as enum ('SIMPLE_MAJORITY', 'ABSOLUTE_MAJORITY', 'TWO_THIRDS', 'OWNERS_ORDINARY', 'OWNERS_SPECIAL');`);
    this.addSql(`create type "resolution_status" as enum ('DRAFT', 'OPEN', 'CLOSED');`);
    this.addSql(`create type "resolution_outcome" as enum ('PASSED', 'FAILED', 'NO_QUORUM');`);
    this.addSql(`create type "matter_stage" as enum ('DELIBERATION', 'DECISION', 'EXECUTION', 'SUPERVISION', 'CLOSED', 'REJECTED');`);
    this.addSql(`create type "supervision_rating" as enum ('SATISFACTORY', 'NEEDS_IMPROVEMENT', 'UNSATISFACTORY');`);
    this.addSql(`create type "ballot_choice" as enum ('FOR', 'AGAINST', 'ABSTAIN');`);
    this.addSql(`create type "ballot_channel" as enum ('ONLINE', 'PAPER', 'PROXY');`);
    this.addSql(`create type "attendance_status" as enum ('INVITED', 'PRESENT', 'ABSENT', 'PROXY');`);
    this.addSql(`create type "action_item_status" as enum ('OPEN', 'DONE', 'CANCELLED');`);
    this.addSql(`create table "meetings" ("id" uuid not null, "community_id" uuid not null, "kind" "meeting_kind" not null, "title" varchar(100) not null, "status" "meeting_status" not null default 'SCHEDULED', "scheduled_at" timestamptz not null, "location" varchar(200) null, "convener_id" uuid not null, "participant_ids" uuid[] not null default '{}', "created_by_id" uuid not null, "started_at" timestamptz null, "adjourned_at" timestamptz null, "cancel_reason" text null, "approved_at" timestamptz null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "meetings_pkey" primary key ("id"));`);
    this.addSql(`create index "meetings_community_id_scheduled_at_index" on "meetings" ("community_id", "scheduled_at");`);

    this.addSql(`create table "minutes_approvals" ("meeting_id" uuid not null, "user_id" uuid not null, "approved_at" timestamptz not null, constraint "minutes_approvals_pkey" primary key ("meeting_id", "user_id"));`);

    this.addSql(`create table "agenda_items" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" varchar(200) not null, "notes" text not null default '', "notes_version" int not null default 0, "matter_id" uuid null, "issue_id" uuid null, constraint "agenda_items_pkey" primary key ("id"));`);
    this.addSql(`alter table "agenda_items" add constraint "agenda_items_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(`create table "resolutions" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "matter_id" uuid null, "title" varchar(200) not null, "text" text not null, "text_hash" varchar(64) not null, "rule" "vote_rule" not null, "status" "resolution_status" not null default 'DRAFT', "outcome" "resolution_outcome" null, "final_tally" jsonb null, "proposed_by_id" uuid not null, "created_at" timestamptz not null, "opened_at" timestamptz null, "closed_at" timestamptz null, constraint "resolutions_pkey" primary key ("id"));`);
    this.addSql(`create index "resolutions_meeting_id_index" on "resolutions" ("meeting_id");`);

    this.addSql(`create table "minutes_revisions" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid not null, "version" int not null, "notes" text not null, "author_id" uuid not null, "summary" varchar(300) not null, "amendment" boolean not null default false, "created_at" timestamptz not null, constraint "minutes_revisions_pkey" primary key ("id"));`);
    this.addSql(`create index "minutes_revisions_meeting_id_created_at_index" on "minutes_revisions" ("meeting_id", "created_at");`);
    this.addSql(`alter table "minutes_revisions" add constraint "minutes_revisions_agenda_item_id_version_unique" unique ("agenda_item_id", "version");`);

    this.addSql(`create table "matters" ("id" uuid not null, "community_id" uuid not null, "title" varchar(100) not null, "description" text not null, "stage" "matter_stage" not null default 'DELIBERATION', "source_issue_ids" uuid[] not null default '{}', "resolution_id" uuid null, "proposed_by_id" uuid not null, "created_at" timestamptz not null, "stage_changed_at" timestamptz not null, constraint "matters_pkey" primary key ("id"));`);
    this.addSql(`create index "matters_community_id_stage_index" on "matters" ("community_id", "stage");`);

    this.addSql(`create table "supervision_records" ("id" uuid not null, "matter_id" uuid not null, "author_id" uuid not null, "finding" text not null, "rating" "supervision_rating" not null, "created_at" timestamptz not null, constraint "supervision_records_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_records_matter_id_created_at_index" on "supervision_records" ("matter_id", "created_at");`);

    this.addSql(`create table "resolution_electors" ("resolution_id" uuid not null, "user_id" uuid not null, "area" numeric(12,2) not null default 0, constraint "resolution_electors_pkey" primary key ("resolution_id", "user_id"));`);

    this.addSql(`create table "ballots" ("id" uuid not null, "resolution_id" uuid not null, "voter_id" uuid not null, "choice" "ballot_choice" not null, "channel" "ballot_channel" not null, "recorded_by_id" uuid null, "cast_at" timestamptz not null, constraint "ballots_pkey" primary key ("id"));`);
    this.addSql(`alter table "ballots" add constraint "ballots_resolution_id_voter_id_unique" unique ("resolution_id", "voter_id");`);

    this.addSql(`create table "meeting_attendance" ("id" uuid not null, "meeting_id" uuid not null, "principal_id" uuid not null, "attendee_id" uuid not null, "organization_id" uuid null, "status" "attendance_status" not null default 'INVITED', "checked_in_at" timestamptz null, "checked_in_by_id" uuid null, constraint "meeting_attendance_pkey" primary key ("id"));`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_principal_id_unique" unique ("meeting_id", "principal_id");`);

    this.addSql(`create table "agenda_editors" ("agenda_item_id" uuid not null, "user_id" uuid not null, "until" timestamptz not null, constraint "agenda_editors_pkey" primary key ("agenda_item_id", "user_id"));`);

    this.addSql(`create table "action_items" ("id" uuid not null, "meeting_id" uuid not null, "community_id" uuid not null, "resolution_id" uuid null, "matter_id" uuid null, "title" varchar(200) not null, "assignee_id" uuid not null, "due_at" timestamptz null, "status" "action_item_status" not null default 'OPEN', "issue_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "closed_at" timestamptz null, constraint "action_items_pkey" primary key ("id"));`);
    this.addSql(`create index "action_items_matter_id_index" on "action_items" ("matter_id");`);
    this.addSql(`create index "action_items_assignee_id_status_index" on "action_items" ("assignee_id", "status");`);
    this.addSql(`create index "action_items_meeting_id_index" on "action_items" ("meeting_id");`);

    this.addSql(`alter table "meetings" add constraint "meetings_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "meetings" add constraint "meetings_convener_id_foreign" foreign key ("convener_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "meetings" add constraint "meetings_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "minutes_approvals" add constraint "minutes_approvals_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade;`);
    this.addSql(`alter table "minutes_approvals" add constraint "minutes_approvals_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "agenda_items" add constraint "agenda_items_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade;`);

    this.addSql(`alter table "resolutions" add constraint "resolutions_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade;`);
    this.addSql(`alter table "resolutions" add constraint "resolutions_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_items" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resolutions" add constraint "resolutions_proposed_by_id_foreign" foreign key ("proposed_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "minutes_revisions" add constraint "minutes_revisions_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade;`);
    this.addSql(`alter table "minutes_revisions" add constraint "minutes_revisions_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_items" ("id") on update cascade;`);
    this.addSql(`alter table "minutes_revisions" add constraint "minutes_revisions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "matters" add constraint "matters_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "matters" add constraint "matters_resolution_id_foreign" foreign key ("resolution_id") references "resolutions" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "matters" add constraint "matters_proposed_by_id_foreign" foreign key ("proposed_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "supervision_records" add constraint "supervision_records_matter_id_foreign" foreign key ("matter_id") references "matters" ("id") on update cascade;`);
    this.addSql(`alter table "supervision_records" add constraint "supervision_records_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "resolution_electors" add constraint "resolution_electors_resolution_id_foreign" foreign key ("resolution_id") references "resolutions" ("id") on update cascade;`);
    this.addSql(`alter table "resolution_electors" add constraint "resolution_electors_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "ballots" add constraint "ballots_resolution_id_foreign" foreign key ("resolution_id") references "resolutions" ("id") on update cascade;`);
    this.addSql(`alter table "ballots" add constraint "ballots_voter_id_foreign" foreign key ("voter_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "ballots" add constraint "ballots_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_principal_id_foreign" foreign key ("principal_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_attendee_id_foreign" foreign key ("attendee_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_checked_in_by_id_foreign" foreign key ("checked_in_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "agenda_editors" add constraint "agenda_editors_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_items" ("id") on update cascade;`);
    this.addSql(`alter table "agenda_editors" add constraint "agenda_editors_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "action_items" add constraint "action_items_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade;`);
    this.addSql(`alter table "action_items" add constraint "action_items_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "action_items" add constraint "action_items_resolution_id_foreign" foreign key ("resolution_id") references "resolutions" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_items" add constraint "action_items_assignee_id_foreign" foreign key ("assignee_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "action_items" add constraint "action_items_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);


    // Only an elector on the roll of the vote can hold a ballot in it.
    this.addSql(`alter table "ballots" add constraint "ballots_elector_foreign" foreign key ("resolution_id", "voter_id") references "resolution_electors" ("resolution_id", "user_id");`);
  }

  override down(): void {
    this.addSql(`alter table "minutes_approvals" drop constraint "minutes_approvals_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_items" drop constraint "agenda_items_meeting_id_foreign";`);

    this.addSql(`alter table "resolutions" drop constraint "resolutions_meeting_id_foreign";`);

    this.addSql(`alter table "minutes_revisions" drop constraint "minutes_revisions_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_attendance" drop constraint "meeting_attendance_meeting_id_foreign";`);

    this.addSql(`alter table "action_items" drop constraint "action_items_meeting_id_foreign";`);

    this.addSql(`alter table "resolutions" drop constraint "resolutions_agenda_item_id_foreign";`);

    this.addSql(`alter table "minutes_revisions" drop constraint "minutes_revisions_agenda_item_id_foreign";`);

    this.addSql(`alter table "agenda_editors" drop constraint "agenda_editors_agenda_item_id_foreign";`);

    this.addSql(`alter table "matters" drop constraint "matters_resolution_id_foreign";`);

    this.addSql(`alter table "resolution_electors" drop constraint "resolution_electors_resolution_id_foreign";`);

    this.addSql(`alter table "ballots" drop constraint "ballots_resolution_id_foreign";`);

    this.addSql(`alter table "action_items" drop constraint "action_items_resolution_id_foreign";`);

    this.addSql(`alter table "supervision_records" drop constraint "supervision_records_matter_id_foreign";`);

    this.addSql(`drop table if exists "meetings" cascade;`);

    this.addSql(`drop table if exists "minutes_approvals" cascade;`);

    this.addSql(`drop table if exists "agenda_items" cascade;`);

    this.addSql(`drop table if exists "resolutions" cascade;`);

    this.addSql(`drop table if exists "minutes_revisions" cascade;`);

    this.addSql(`drop table if exists "matters" cascade;`);

    this.addSql(`drop table if exists "supervision_records" cascade;`);

    this.addSql(`drop table if exists "resolution_electors" cascade;`);

    this.addSql(`drop table if exists "ballots" cascade;`);

    this.addSql(`drop table if exists "meeting_attendance" cascade;`);

    this.addSql(`drop table if exists "agenda_editors" cascade;`);

    this.addSql(`drop table if exists "action_items" cascade;`);


    this.addSql(`drop type "meeting_kind";`);
    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "vote_rule";`);
    this.addSql(`drop type "resolution_status";`);
    this.addSql(`drop type "resolution_outcome";`);
    this.addSql(`drop type "matter_stage";`);
    this.addSql(`drop type "supervision_rating";`);
    this.addSql(`drop type "ballot_choice";`);
    this.addSql(`drop type "ballot_channel";`);
    this.addSql(`drop type "attendance_status";`);
    this.addSql(`drop type "action_item_status";`);
  }

}
