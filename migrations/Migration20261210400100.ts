import { Migration } from '@mikro-orm/migrations';

/** 应急管理 (issue 15, part 4): the volunteer tasks an incident's desk posted from it. */
export class Migration20261210400100 extends Migration {
  override up(): void {
    this.addSql(`create table "incident_tasks" ("task_id" uuid not null, "incident_id" uuid not null, constraint "incident_tasks_pkey" primary key ("task_id"));`);
    this.addSql(`create index "incident_tasks_incident_id_index" on "incident_tasks" ("incident_id");`);
    this.addSql(`alter table "incident_tasks" add constraint "incident_tasks_task_id_foreign" foreign key ("task_id") references "volunteer_tasks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_tasks" add constraint "incident_tasks_incident_id_foreign" foreign key ("incident_id") references "incidents" ("id") on update cascade on delete cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "incident_tasks";`);
  }
}
