import { Migration } from '@mikro-orm/migrations';

/**
 * Mediation is voluntary (人民调解法 第3、17、23条): each party's consent to mediation, given in
 * the app by the party or recorded by the mediator. `consent` PENDING → CONSENTED, or REFUSED (a
 * refusal before mediation, or a withdrawal during it). Existing rows: a party of a dispute already
 * past acceptance (mediated, or closed after mediation) consented when mediation started; the
 * applicant of an online application (来访) consented by applying; the rest wait.
 */
export class Migration20261209400000 extends Migration {
  override up(): void {
    this.addSql(`create type "dispute_party_consent" as enum ('PENDING', 'CONSENTED', 'REFUSED');`);
    this.addSql(
      `alter table "dispute_parties" add column "consent" "dispute_party_consent" not null default 'PENDING', add column "consent_at" timestamptz null, add column "consent_recorded_by_id" uuid null;`,
    );
    this.addSql(
      `alter table "dispute_parties" add constraint "dispute_parties_consent_recorded_by_id_foreign" foreign key ("consent_recorded_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "dispute_parties" add constraint "dispute_parties_consent_at_check" check (("consent" = 'PENDING') = ("consent_at" is null));`);
    this.addSql(
      `update "dispute_parties" p set "consent" = 'CONSENTED', "consent_at" = coalesce(d."mediation_started_at", d."registered_at")
         from "disputes" d where d."id" = p."dispute_id" and d."mediation_started_at" is not null;`,
    );
    this.addSql(
      `update "dispute_parties" p set "consent" = 'CONSENTED', "consent_at" = d."registered_at", "consent_recorded_by_id" = p."user_id"
         from "disputes" d where d."id" = p."dispute_id" and p."consent" = 'PENDING' and d."source" = 'VISIT' and p."role" = 'APPLICANT' and p."user_id" = d."registered_by_id";`,
    );
  }

  override down(): void {
    this.addSql(`alter table "dispute_parties" drop constraint "dispute_parties_consent_at_check", drop constraint "dispute_parties_consent_recorded_by_id_foreign";`);
    this.addSql(`alter table "dispute_parties" drop column "consent", drop column "consent_at", drop column "consent_recorded_by_id";`);
    this.addSql(`drop type "dispute_party_consent";`);
  }
}
