import { Migration } from '@mikro-orm/migrations';

/**
 * 应急管理 (issue 15, part 5): the after-action report's summary (总结) on the incident, and each
 * closed incident's figures per community of its area (`incident_figures`), kept when it closes so
 * that the city view sums them without reading every alert; the incidents already closed get theirs
 * here (the same counts: people alerted and who acknowledged at least once, the roll call and who
 * was reached within 60 minutes of the declaration).
 */
export class Migration20261211200000 extends Migration {
  override up(): void {
    this.addSql(`alter table "incidents" add column "summary" text null, add column "summary_at" timestamptz null, add column "summary_by_id" uuid null;`);
    this.addSql(`alter table "incidents" add constraint "incidents_summary_by_id_foreign" foreign key ("summary_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`create table "incident_figures" (
      "incident_id" uuid not null, "community_id" uuid not null,
      "alerted" int not null default 0, "acknowledged" int not null default 0, "vulnerable" int not null default 0, "reached_within60" int not null default 0,
      constraint "incident_figures_pkey" primary key ("incident_id", "community_id"));`);
    this.addSql(`create index "incident_figures_community_id_index" on "incident_figures" ("community_id");`);
    this.addSql(`alter table "incident_figures" add constraint "incident_figures_incident_id_foreign" foreign key ("incident_id") references "incidents" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_figures" add constraint "incident_figures_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "incidents_declared_at_index" on "incidents" ("declared_at");`);
    this.addSql(`insert into "incident_figures" ("incident_id", "community_id", "alerted", "acknowledged", "vulnerable", "reached_within60")
      select i.id, c.community_id,
             (select count(*) from incident_alerts a where a.incident_id = i.id and a.community_id = c.community_id),
             (select count(a.first_ack_at) from incident_alerts a where a.incident_id = i.id and a.community_id = c.community_id),
             (select count(*) from incident_roll_calls e where e.incident_id = i.id and e.community_id = c.community_id),
             (select count(*) from incident_roll_calls e where e.incident_id = i.id and e.community_id = c.community_id and e.reached_at <= i.declared_at + interval '60 minutes')
        from incidents i cross join lateral unnest(i.community_ids) as c(community_id)
       where i.status = 'CLOSED';`);
  }

  override down(): void {
    this.addSql(`drop index if exists "incidents_declared_at_index";`);
    this.addSql(`drop table if exists "incident_figures";`);
    this.addSql(`alter table "incidents" drop constraint "incidents_summary_by_id_foreign";`);
    this.addSql(`alter table "incidents" drop column "summary", drop column "summary_at", drop column "summary_by_id";`);
  }
}
