import { Migration } from '@mikro-orm/migrations';

/**
 * Photos and files (server/attachments, issue 14 part 1): one row per uploaded file. Unattached
 * (`subject_type` null) it expires at `expires_at` and the periodic sweep deletes it; attached,
 * `subject_type` and `subject_id` name its item (an issue, a comment, …).
 */
export class Migration20261211500000 extends Migration {
  override up(): void {
    this.addSql(`create type "attachment_kind" as enum ('IMAGE', 'DOCUMENT');`);
    this.addSql(`create table "attachments" (
      "id" uuid not null, "uploader_id" uuid not null, "kind" "attachment_kind" not null, "content_type" varchar(50) not null,
      "byte_size" int not null, "width" int null, "height" int null, "file_name" varchar(200) not null,
      "has_thumbnail" boolean not null, "metadata_removed" boolean not null, "storage_key" varchar(100) not null,
      "created_at" timestamptz not null, "expires_at" timestamptz null, "subject_type" varchar(40) null, "subject_id" uuid null,
      "position" int not null default 0,
      constraint "attachments_pkey" primary key ("id"),
      constraint "attachments_subject_check" check (("subject_type" is null) = ("subject_id" is null)));`);
    this.addSql(`alter table "attachments" add constraint "attachments_uploader_id_foreign" foreign key ("uploader_id") references "users" ("id") on update cascade;`);
    this.addSql(`create index "attachments_uploader_id_index" on "attachments" ("uploader_id") where "subject_type" is null;`);
    this.addSql(`create index "attachments_subject_index" on "attachments" ("subject_type", "subject_id");`);
    this.addSql(`create index "attachments_expires_at_index" on "attachments" ("expires_at") where "subject_type" is null;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "attachments" cascade;`);
    this.addSql(`drop type "attachment_kind";`);
  }
}
