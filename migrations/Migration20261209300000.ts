import { Migration } from '@mikro-orm/migrations';

/**
 * A private audience for events (issue 12, part 2): `domain_events.audience_private` marks an event
 * meant for the people it names only (a 周四有约 consultation's resident and lawyer, a private legal
 * question's asker and the legal advisers). A platform admin's right to see every event does not
 * reach it, so an admin's history never points at a subject that `node` refuses them.
 */
export class Migration20261209300000 extends Migration {
  override up(): void {
    this.addSql(`alter table "domain_events" add column "audience_private" boolean not null default false;`);
  }

  override down(): void {
    this.addSql(`alter table "domain_events" drop column "audience_private";`);
  }
}
