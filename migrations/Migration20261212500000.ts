import { Migration } from '@mikro-orm/migrations';

/**
 * 应急管理 (issue 15, part 4): the city view ranks regions on the time to 90% acknowledged and the
 * share of the roll call reached within 30 minutes too, so each closed incident's figures per
 * community keep those as well: `reached_within30`, and `ack_seconds`, the seconds from the
 * declaration to each first acknowledgement there (rounded to the second; a region's time to 90%
 * pools them over its communities and incidents). The incidents already closed get theirs here.
 */
export class Migration20261212500000 extends Migration {
  override up(): void {
    this.addSql(`alter table "incident_figures" add column "reached_within30" int not null default 0, add column "ack_seconds" int[] not null default '{}';`);
    this.addSql(`update "incident_figures" f set
        "reached_within30" = (select count(*) from incident_roll_calls e where e.incident_id = f.incident_id and e.community_id = f.community_id and e.reached_at <= i.declared_at + interval '30 minutes'),
        "ack_seconds" = coalesce((select array_agg(round(extract(epoch from (a.first_ack_at - i.declared_at))::numeric)::int order by a.first_ack_at)
                                    from incident_alerts a where a.incident_id = f.incident_id and a.community_id = f.community_id and a.first_ack_at is not null), '{}')
      from incidents i where i.id = f.incident_id;`);
  }

  override down(): void {
    this.addSql(`alter table "incident_figures" drop column "reached_within30", drop column "ack_seconds";`);
  }
}
