import { Migration } from '@mikro-orm/migrations';

const OPEN = `('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED')`;
const COLUMNS = 'community_id, submitted_at, status, accept_by, resolve_by, first_dispatched_at, first_accepted_at, first_resolved_at, reopen_count';

/**
 * What a change of `issues` adds to the counters (Migration20261207001000, Migration20261207110000),
 * for a statement whose rows, each with `sign` 1 (added) or -1 (taken away), are `delta`: summed
 * per counter row first, then written once per row. Keys whose sum is zero are not written.
 */
function applyDelta(delta: string, mayRemove: boolean): string {
  const daily = `with d as (${delta})
    insert into issue_stats_daily as s (community_id, day, submitted, open, open_undated, dispatched, accepted, accepted_on_time, resolved_clean)
    select * from (
      select community_id, gz_stats_day(submitted_at) as day, sum(sign)::int as submitted,
             sum(sign * (status in ${OPEN})::int)::int as open,
             sum(sign * (status in ${OPEN} and gz_stats_deadline(status, accept_by, first_accepted_at, resolve_by) is null)::int)::int as open_undated,
             sum(sign * (first_dispatched_at is not null)::int)::int as dispatched,
             sum(sign * (first_accepted_at is not null)::int)::int as accepted,
             sum(sign * coalesce(first_accepted_at <= accept_by, false)::int)::int as accepted_on_time,
             sum(sign * (first_accepted_at is not null and status in ('RESOLVED', 'CLOSED') and reopen_count = 0)::int)::int as resolved_clean
        from d group by 1, 2) x
     where (submitted, open, open_undated, dispatched, accepted, accepted_on_time, resolved_clean) <> (0, 0, 0, 0, 0, 0, 0)
     order by 1, 2
    on conflict (community_id, day) do update set
      submitted = s.submitted + excluded.submitted, open = s.open + excluded.open, open_undated = s.open_undated + excluded.open_undated,
      dispatched = s.dispatched + excluded.dispatched, accepted = s.accepted + excluded.accepted,
      accepted_on_time = s.accepted_on_time + excluded.accepted_on_time, resolved_clean = s.resolved_clean + excluded.resolved_clean;`;
  const buckets = `with d as (${delta}),
      v as (select community_id, gz_stats_day(submitted_at) as day, 'A' as kind, gz_stats_us(first_dispatched_at, first_accepted_at) as v, sign
              from d where first_accepted_at is not null and first_dispatched_at is not null
            union all
            select community_id, gz_stats_day(submitted_at), 'R', gz_stats_us(first_dispatched_at, first_resolved_at), sign
              from d where first_resolved_at is not null and first_dispatched_at is not null)
    select v.community_id, v.kind, l as level, v.v >> (8 * (7 - l)) as parent, g.span, g.start, ((v.v >> (8 * (6 - l))) & 255)::smallint as child, sum(v.sign)::int as n
      from v, generate_series(1, 6) l,
           lateral (values ('D', v.day), ('M', date_trunc('month', v.day::timestamp)::date), ('Y', date_trunc('year', v.day::timestamp)::date)) g(span, start)
     group by 1, 2, 3, 4, 5, 6, 7 having sum(v.sign) <> 0`;
  return `
    ${daily}
    insert into issue_stats_duration_buckets as s (community_id, kind, level, parent, span, start, child, n)
    select * from (${buckets}) c order by 1, 2, 3, 4, 5, 6, 7
    on conflict (community_id, kind, level, parent, span, start, child) do update set n = s.n + excluded.n;
    ${
      mayRemove ?
        `delete from issue_stats_duration_buckets s using (${buckets}) c
          where c.n < 0 and s.n = 0 and (s.community_id, s.kind, s.level, s.parent, s.span, s.start, s.child) = (c.community_id, c.kind, c.level, c.parent, c.span, c.start, c.child);`
      : ''
    }`;
}

/**
 * The counters of `issues` kept per statement, not per row (issue 11, part 3). Row triggers wrote
 * each issue's contribution as it came: a statement of many issues (an import, a bulk fix, the
 * benchmark's seed) updated the same counter rows (a day's, and since Migration20261207110000 a
 * month's and a year's duration buckets) once per issue, each update leaving a row version that
 * the next one must step over until the transaction ends: quadratic in the issues of a statement.
 * Statement triggers with transition tables sum the statement's rows per counter row first and
 * write each counter row once. An update's old rows are taken away and its new rows added in the
 * same sums, so an update that changes nothing the counters count writes nothing.
 */
export class Migration20261207110100 extends Migration {
  override up(): void {
    this.addSql(`drop trigger gz_stats_issue_update on issues;`);
    this.addSql(`drop trigger gz_stats_issue_insert_delete on issues;`);
    this.addSql(`drop function gz_stats_issue_trigger();`);
    this.addSql(`drop function gz_stats_issue_daily(issues, int); drop function gz_stats_issue_duration(issues, char, int); drop function gz_stats_duration_add(uuid, date, char, bigint, int);`);
    this.addSql(`create function gz_stats_issues_inserted() returns trigger language plpgsql as $$
      begin
        ${applyDelta(`select ${COLUMNS}, 1 as sign from new_rows`, false)}
        return null;
      end $$;`);
    this.addSql(`create function gz_stats_issues_updated() returns trigger language plpgsql as $$
      begin
        ${applyDelta(`select ${COLUMNS}, 1 as sign from new_rows union all select ${COLUMNS}, -1 from old_rows`, true)}
        return null;
      end $$;`);
    this.addSql(`create function gz_stats_issues_deleted() returns trigger language plpgsql as $$
      begin
        ${applyDelta(`select ${COLUMNS}, -1 as sign from old_rows`, true)}
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_issues_inserted after insert on issues referencing new table as new_rows for each statement execute function gz_stats_issues_inserted();`);
    this.addSql(`create trigger gz_stats_issues_updated after update on issues referencing old table as old_rows new table as new_rows for each statement execute function gz_stats_issues_updated();`);
    this.addSql(`create trigger gz_stats_issues_deleted after delete on issues referencing old table as old_rows for each statement execute function gz_stats_issues_deleted();`);
  }

  override down(): void {
    this.addSql(`drop trigger gz_stats_issues_deleted on issues; drop trigger gz_stats_issues_updated on issues; drop trigger gz_stats_issues_inserted on issues;`);
    this.addSql(`drop function gz_stats_issues_deleted(); drop function gz_stats_issues_updated(); drop function gz_stats_issues_inserted();`);
    // The row triggers of Migration20261207110000, as it made them.
    this.addSql(`create function gz_stats_duration_add(c uuid, d date, k char(1), v bigint, sign int) returns void language plpgsql as $$
      begin
        insert into issue_stats_duration_buckets as s (community_id, kind, level, parent, span, start, child, n)
        select c, k, l, v >> (8 * (7 - l)), g.span, g.start, (v >> (8 * (6 - l))) & 255, sign
          from generate_series(1, 6) l, (values ('D', d), ('M', date_trunc('month', d::timestamp)::date), ('Y', date_trunc('year', d::timestamp)::date)) g(span, start)
         order by 3, 4, 5, 6, 7
        on conflict (community_id, kind, level, parent, span, start, child) do update set n = s.n + excluded.n;
        if sign < 0 then
          delete from issue_stats_duration_buckets s
           using generate_series(1, 6) l, (values ('D', d), ('M', date_trunc('month', d::timestamp)::date), ('Y', date_trunc('year', d::timestamp)::date)) g(span, start)
           where s.community_id = c and s.kind = k and s.level = l and s.parent = v >> (8 * (7 - l)) and s.span = g.span and s.start = g.start
             and s.child = (v >> (8 * (6 - l))) & 255 and s.n = 0;
        end if;
      end $$;`);
    this.addSql(`create function gz_stats_issue_duration(i issues, k char(1), sign int) returns void language plpgsql as $$
      declare
        b timestamptz := case k when 'A' then i.first_accepted_at else i.first_resolved_at end;
      begin
        if b is not null and i.first_dispatched_at is not null then
          perform gz_stats_duration_add(i.community_id, gz_stats_day(i.submitted_at), k, gz_stats_us(i.first_dispatched_at, b), sign);
        end if;
      end $$;`);
    this.addSql(`create function gz_stats_issue_daily(i issues, sign int) returns void language plpgsql as $$
      declare
        is_open boolean := i.status in ${OPEN};
      begin
        insert into issue_stats_daily as s (community_id, day, submitted, open, open_undated, dispatched, accepted, accepted_on_time, resolved_clean)
        values (i.community_id, gz_stats_day(i.submitted_at), sign, sign * is_open::int,
          sign * (is_open and gz_stats_deadline(i.status, i.accept_by, i.first_accepted_at, i.resolve_by) is null)::int,
          sign * (i.first_dispatched_at is not null)::int, sign * (i.first_accepted_at is not null)::int,
          sign * coalesce(i.first_accepted_at <= i.accept_by, false)::int,
          sign * (i.first_accepted_at is not null and i.status in ('RESOLVED', 'CLOSED') and i.reopen_count = 0)::int)
        on conflict (community_id, day) do update set
          submitted = s.submitted + excluded.submitted, open = s.open + excluded.open, open_undated = s.open_undated + excluded.open_undated,
          dispatched = s.dispatched + excluded.dispatched, accepted = s.accepted + excluded.accepted,
          accepted_on_time = s.accepted_on_time + excluded.accepted_on_time, resolved_clean = s.resolved_clean + excluded.resolved_clean;
      end $$;`);
    this.addSql(`create function gz_stats_issue_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_issue_daily(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_issue_daily(new, 1); end if;
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_issue_duration(old, 'A', -1); perform gz_stats_issue_duration(old, 'R', -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_issue_duration(new, 'A', 1); perform gz_stats_issue_duration(new, 'R', 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_issue_insert_delete after insert or delete on issues for each row execute function gz_stats_issue_trigger();`);
    this.addSql(`create trigger gz_stats_issue_update after update on issues for each row
      when ((old.community_id, old.submitted_at, old.status, old.first_dispatched_at, old.first_accepted_at, old.first_resolved_at, old.accept_by, old.resolve_by, old.reopen_count)
            is distinct from (new.community_id, new.submitted_at, new.status, new.first_dispatched_at, new.first_accepted_at, new.first_resolved_at, new.accept_by, new.resolve_by, new.reopen_count))
      execute function gz_stats_issue_trigger();`);
  }
}
