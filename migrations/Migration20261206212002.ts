import { Migration } from '@mikro-orm/migrations';

/** An idempotency key is bound to the hash of its first payload (server/core/idempotency.ts); keys stored before are bound to nothing. */
export class Migration20261206212002 extends Migration {

  override up(): void {
    this.addSql(`alter table "idempotency_keys" add column "payload_hash" varchar(64) null;`);
  }

  override down(): void {
    this.addSql(`alter table "idempotency_keys" drop column "payload_hash";`);
  }

}
