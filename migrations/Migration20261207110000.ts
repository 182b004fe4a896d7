import { Migration } from '@mikro-orm/migrations';

const OPEN = `('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED')`;
/** The three spans a duration is counted in, for a day `d` of submission: the day, its month, its year. */
const SPANS = (d: string) => `(values ('D', ${d}), ('M', date_trunc('month', ${d}::timestamp)::date), ('Y', date_trunc('year', ${d}::timestamp)::date))`;

/**
 * governanceStats at a cost that does not grow with the number of issues (issue 11, part 3).
 * Migration20261207001000 kept counters per community and day, but two figures still read rows in
 * proportion to the issues: overdueOpen counted the window's open issues, and the medians read one
 * row per distinct duration per day. Here:
 *
 * - **overdueOpen.** `gz_stats_deadline` is the moment after which an issue is overdue (the
 *   earlier of its acceptance deadline, while it waits for acceptance, and its resolution
 *   deadline, while it is not resolved; null when neither applies), the same rule as OVERDUE_SQL.
 *   The daily counters gain `open_undated` (open issues without a deadline), so that
 *   overdue = open − open without a deadline − open whose deadline is still ahead. The last part
 *   reads an index on the open issues' deadlines from `now` on: only issues not yet due, which
 *   are the recent ones, never the history.
 * - **Medians, exact.** Each duration from first dispatch to first acceptance ('A') and to first
 *   resolution ('R') is a 48-bit number of microseconds (offset by 2^47 so that it is never
 *   negative; durations beyond ±4.4 years are clamped), counted in a radix tree of 6 levels of
 *   256 buckets: at level L the bucket is the value's L-th byte, under its first L−1 bytes
 *   (`parent`). Each level is counted per community and per day, month and year of submission.
 *   `gz_stats_median` walks down the tree for the middle rank(s): at each level it sums, over the
 *   window's days, months and years (at most 5 ranges: ≤ 31 + 11 + years + 11 + 31 spans), the
 *   at most 256 buckets under the bucket chosen above. Six levels give the exact microsecond
 *   value, so the median is PostgreSQL's percentile_cont(0.5) over the same durations, at a cost
 *   bounded by the number of spans × 256 × 6, whatever the number of issues.
 *
 * issue_stats_durations (one row per distinct duration per day) is dropped.
 */
export class Migration20261207110000 extends Migration {
  override up(): void {
    this.addSql(`alter table "issue_stats_daily" add column "open_undated" int not null default 0;`);
    this.addSql(`create function gz_stats_deadline(s issue_status, accept_by timestamptz, first_accepted_at timestamptz, resolve_by timestamptz)
      returns timestamptz language sql immutable as $$
        select least(
          case when accept_by is not null and first_accepted_at is null and s not in ('ACCEPTED', 'RESOLVED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE') then accept_by end,
          case when s not in ('RESOLVED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE') then resolve_by end) $$;`);
    this.addSql(`create index "issues_open_deadline_index" on "issues" ("community_id", gz_stats_deadline("status", "accept_by", "first_accepted_at", "resolve_by"), "submitted_at")
      where "status" in ${OPEN};`);

    this.addSql(`create table "issue_stats_duration_buckets" (
      "community_id" uuid not null, "kind" char(1) not null, "level" smallint not null, "parent" bigint not null,
      "span" char(1) not null, "start" date not null, "child" smallint not null, "n" int not null,
      constraint "issue_stats_duration_buckets_pkey" primary key ("community_id", "kind", "level", "parent", "span", "start", "child"));`);
    // A duration from a to b, in microseconds, offset by 2^47 and clamped to [0, 2^48).
    this.addSql(`create function gz_stats_us(a timestamptz, b timestamptz) returns bigint language sql immutable as $$
      select (least(greatest(extract(epoch from b - a) * 1000000, -140737488355328), 140737488355327) + 140737488355328)::bigint $$;`);
    // Its hours, as extract(epoch from b - a) / 3600 gives them (the same numeric, the same double).
    this.addSql(`create function gz_stats_hours(v bigint) returns double precision language sql immutable as $$
      select (round((v - 140737488355328)::numeric / 1000000, 6) / 3600)::double precision $$;`);
    this.addSql(`create function gz_stats_duration_add(c uuid, d date, k char(1), v bigint, sign int) returns void language plpgsql as $$
      begin
        insert into issue_stats_duration_buckets as s (community_id, kind, level, parent, span, start, child, n)
        select c, k, l, v >> (8 * (7 - l)), g.span, g.start, (v >> (8 * (6 - l))) & 255, sign
          from generate_series(1, 6) l, ${SPANS('d')} g(span, start)
         order by 3, 4, 5, 6, 7
        on conflict (community_id, kind, level, parent, span, start, child) do update set n = s.n + excluded.n;
        if sign < 0 then
          delete from issue_stats_duration_buckets s using generate_series(1, 6) l, ${SPANS('d')} g(span, start)
           where s.community_id = c and s.kind = k and s.level = l and s.parent = v >> (8 * (7 - l)) and s.span = g.span and s.start = g.start
             and s.child = (v >> (8 * (6 - l))) & 255 and s.n = 0;
        end if;
      end $$;`);
    // One issue's durations (kind 'A' or 'R'), added or taken away.
    this.addSql(`create function gz_stats_issue_duration(i issues, k char(1), sign int) returns void language plpgsql as $$
      declare
        b timestamptz := case k when 'A' then i.first_accepted_at else i.first_resolved_at end;
      begin
        if b is not null and i.first_dispatched_at is not null then
          perform gz_stats_duration_add(i.community_id, gz_stats_day(i.submitted_at), k, gz_stats_us(i.first_dispatched_at, b), sign);
        end if;
      end $$;`);
    // One issue's contribution to its day's counters.
    this.addSql(`create function gz_stats_issue_daily(i issues, sign int) returns void language plpgsql as $$
      declare
        is_open boolean := i.status in ${OPEN};
      begin
        insert into issue_stats_daily as s (community_id, day, submitted, open, open_undated, dispatched, accepted, accepted_on_time, resolved_clean)
        values (i.community_id, gz_stats_day(i.submitted_at), sign, sign * is_open::int,
          sign * (is_open and gz_stats_deadline(i.status, i.accept_by, i.first_accepted_at, i.resolve_by) is null)::int,
          sign * (i.first_dispatched_at is not null)::int,
          sign * (i.first_accepted_at is not null)::int,
          sign * coalesce(i.first_accepted_at <= i.accept_by, false)::int,
          sign * (i.first_accepted_at is not null and i.status in ('RESOLVED', 'CLOSED') and i.reopen_count = 0)::int)
        on conflict (community_id, day) do update set
          submitted = s.submitted + excluded.submitted, open = s.open + excluded.open, open_undated = s.open_undated + excluded.open_undated,
          dispatched = s.dispatched + excluded.dispatched, accepted = s.accepted + excluded.accepted,
          accepted_on_time = s.accepted_on_time + excluded.accepted_on_time, resolved_clean = s.resolved_clean + excluded.resolved_clean;
      end $$;`);
    // The durations change rarely (first dispatch, acceptance, resolution): an update touches their
    // buckets only when the duration or its day moved.
    this.addSql(`create or replace function gz_stats_issue_trigger() returns trigger language plpgsql as $$
      declare
        a_moved boolean := true;
        r_moved boolean := true;
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_issue_daily(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_issue_daily(new, 1); end if;
        if tg_op = 'UPDATE' then
          a_moved := (old.community_id, gz_stats_day(old.submitted_at), old.first_dispatched_at, old.first_accepted_at)
                     is distinct from (new.community_id, gz_stats_day(new.submitted_at), new.first_dispatched_at, new.first_accepted_at);
          r_moved := (old.community_id, gz_stats_day(old.submitted_at), old.first_dispatched_at, old.first_resolved_at)
                     is distinct from (new.community_id, gz_stats_day(new.submitted_at), new.first_dispatched_at, new.first_resolved_at);
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          if a_moved then perform gz_stats_issue_duration(old, 'A', -1); end if;
          if r_moved then perform gz_stats_issue_duration(old, 'R', -1); end if;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          if a_moved then perform gz_stats_issue_duration(new, 'A', 1); end if;
          if r_moved then perform gz_stats_issue_duration(new, 'R', 1); end if;
        end if;
        return null;
      end $$;`);
    // resolve_by now matters (the deadline).
    this.addSql(`drop trigger gz_stats_issue_update on issues;`);
    this.addSql(`create trigger gz_stats_issue_update after update on issues for each row
      when ((old.community_id, old.submitted_at, old.status, old.first_dispatched_at, old.first_accepted_at, old.first_resolved_at, old.accept_by, old.resolve_by, old.reopen_count)
            is distinct from (new.community_id, new.submitted_at, new.status, new.first_dispatched_at, new.first_accepted_at, new.first_resolved_at, new.accept_by, new.resolve_by, new.reopen_count))
      execute function gz_stats_issue_trigger();`);
    this.addSql(`drop function gz_stats_issue_apply(issues, int);`);
    this.addSql(`drop function gz_stats_duration(uuid, date, char, double precision, int);`);
    this.addSql(`drop table "issue_stats_durations";`);

    // The value at 0-based rank r among the window's durations: down the tree, level by level.
    // The window is given as five ranges of span starts (days, months, years, months, days; any
    // may be empty); `extra` holds the durations of the issues of the window's partial edge days.
    this.addSql(`create function gz_stats_rank(c uuid, k char(1), starts date[], ends date[], extra bigint[], r bigint) returns bigint language plpgsql stable as $$
      declare
        par bigint := 0;
        cum bigint;
        hit boolean;
        b record;
      begin
        for lvl in 1..6 loop
          cum := 0;
          hit := false;
          for b in
            select x.child, sum(x.n)::bigint as n from (
              select s.child::int as child, s.n::bigint as n
                from unnest(array['D', 'M', 'Y', 'M', 'D']::char(1)[], starts, ends) g(span, st, en)
                join issue_stats_duration_buckets s on s.span = g.span and s.start >= g.st and s.start < g.en
               where s.community_id = c and s.kind = k and s.level = lvl and s.parent = par
              union all
              select ((v >> (8 * (6 - lvl))) & 255)::int, 1 from unnest(extra) v where v >> (8 * (7 - lvl)) = par) x
            group by x.child having sum(x.n) > 0 order by x.child
          loop
            if cum + b.n > r then
              r := r - cum;
              par := par * 256 + b.child;
              hit := true;
              exit;
            end if;
            cum := cum + b.n;
          end loop;
          if not hit then raise exception 'gz_stats_rank: rank % not found at level % (counters out of step)', r, lvl; end if;
        end loop;
        return par;
      end $$;`);
    // percentile_cont(0.5)'s two middle values and the count, as issue-stats.service.ts reads them.
    this.addSql(`create function gz_stats_median(c uuid, k char(1), starts date[], ends date[], extra bigint[]) returns json language plpgsql stable as $$
      declare
        total bigint;
        lo bigint;
        hi bigint;
      begin
        select coalesce(sum(s.n), 0) into total
          from unnest(array['D', 'M', 'Y', 'M', 'D']::char(1)[], starts, ends) g(span, st, en)
          join issue_stats_duration_buckets s on s.span = g.span and s.start >= g.st and s.start < g.en
         where s.community_id = c and s.kind = k and s.level = 1 and s.parent = 0;
        total := total + coalesce(cardinality(extra), 0);
        if total = 0 then return null; end if;
        lo := gz_stats_rank(c, k, starts, ends, extra, (total - 1) / 2);
        hi := case when total % 2 = 0 then gz_stats_rank(c, k, starts, ends, extra, total / 2) else lo end;
        return json_build_object('lo', gz_stats_hours(lo), 'hi', gz_stats_hours(hi), 'total', total);
      end $$;`);

    // Backfill, in the same transaction as the triggers.
    this.addSql(`update issue_stats_daily s set open_undated = x.n
      from (select community_id, gz_stats_day(submitted_at) as day, count(*)::int as n from issues
             where status in ${OPEN} and gz_stats_deadline(status, accept_by, first_accepted_at, resolve_by) is null group by 1, 2) x
     where s.community_id = x.community_id and s.day = x.day;`);
    this.addSql(`insert into issue_stats_duration_buckets (community_id, kind, level, parent, span, start, child, n)
      select x.community_id, x.kind, l, x.v >> (8 * (7 - l)), g.span, g.start, (x.v >> (8 * (6 - l))) & 255, count(*)
        from (select community_id, gz_stats_day(submitted_at) as d, 'A' as kind, gz_stats_us(first_dispatched_at, first_accepted_at) as v
                from issues where first_accepted_at is not null and first_dispatched_at is not null
              union all
              select community_id, gz_stats_day(submitted_at), 'R', gz_stats_us(first_dispatched_at, first_resolved_at)
                from issues where first_resolved_at is not null and first_dispatched_at is not null) x,
             generate_series(1, 6) l, lateral ${SPANS('x.d')} g(span, start)
       group by 1, 2, 3, 4, 5, 6, 7;`);
  }

  override down(): void {
    this.addSql(`drop function gz_stats_median(uuid, char, date[], date[], bigint[]); drop function gz_stats_rank(uuid, char, date[], date[], bigint[], bigint);`);
    this.addSql(`create table "issue_stats_durations" (
      "community_id" uuid not null, "day" date not null, "kind" char(1) not null, "hours" double precision not null, "n" int not null,
      constraint "issue_stats_durations_pkey" primary key ("community_id", "day", "kind", "hours"));`);
    this.addSql(`create function gz_stats_duration(c uuid, d date, k char(1), h double precision, sign int) returns void language plpgsql as $$
      begin
        insert into issue_stats_durations as s (community_id, day, kind, hours, n) values (c, d, k, h, sign)
        on conflict (community_id, day, kind, hours) do update set n = s.n + excluded.n;
        if sign < 0 then
          delete from issue_stats_durations where community_id = c and day = d and kind = k and hours = h and n = 0;
        end if;
      end $$;`);
    this.addSql(`create function gz_stats_issue_apply(i issues, sign int) returns void language plpgsql as $$
      declare
        d date := gz_stats_day(i.submitted_at);
        h double precision;
      begin
        insert into issue_stats_daily as s (community_id, day, submitted, open, dispatched, accepted, accepted_on_time, resolved_clean)
        values (i.community_id, d, sign,
          sign * (i.status in ${OPEN})::int,
          sign * (i.first_dispatched_at is not null)::int,
          sign * (i.first_accepted_at is not null)::int,
          sign * coalesce(i.first_accepted_at <= i.accept_by, false)::int,
          sign * (i.first_accepted_at is not null and i.status in ('RESOLVED', 'CLOSED') and i.reopen_count = 0)::int)
        on conflict (community_id, day) do update set
          submitted = s.submitted + excluded.submitted, open = s.open + excluded.open, dispatched = s.dispatched + excluded.dispatched,
          accepted = s.accepted + excluded.accepted, accepted_on_time = s.accepted_on_time + excluded.accepted_on_time,
          resolved_clean = s.resolved_clean + excluded.resolved_clean;
        if i.first_accepted_at is not null and i.first_dispatched_at is not null then
          h := (extract(epoch from i.first_accepted_at - i.first_dispatched_at) / 3600)::double precision;
          perform gz_stats_duration(i.community_id, d, 'A', h, sign);
        end if;
        if i.first_resolved_at is not null and i.first_dispatched_at is not null then
          h := (extract(epoch from i.first_resolved_at - i.first_dispatched_at) / 3600)::double precision;
          perform gz_stats_duration(i.community_id, d, 'R', h, sign);
        end if;
      end $$;`);
    this.addSql(`create or replace function gz_stats_issue_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_issue_apply(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_issue_apply(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`drop trigger gz_stats_issue_update on issues;`);
    this.addSql(`create trigger gz_stats_issue_update after update on issues for each row
      when ((old.community_id, old.submitted_at, old.status, old.first_dispatched_at, old.first_accepted_at, old.first_resolved_at, old.accept_by, old.reopen_count)
            is distinct from (new.community_id, new.submitted_at, new.status, new.first_dispatched_at, new.first_accepted_at, new.first_resolved_at, new.accept_by, new.reopen_count))
      execute function gz_stats_issue_trigger();`);
    this.addSql(`insert into issue_stats_durations (community_id, day, kind, hours, n)
      select community_id, day, kind, hours, count(*) from (
        select i.community_id, gz_stats_day(i.submitted_at) as day, 'A' as kind, (extract(epoch from i.first_accepted_at - i.first_dispatched_at) / 3600)::double precision as hours
          from issues i where i.first_accepted_at is not null and i.first_dispatched_at is not null
        union all
        select i.community_id, gz_stats_day(i.submitted_at), 'R', (extract(epoch from i.first_resolved_at - i.first_dispatched_at) / 3600)::double precision
          from issues i where i.first_resolved_at is not null and i.first_dispatched_at is not null) x
      group by 1, 2, 3, 4;`);
    this.addSql(`drop function gz_stats_issue_daily(issues, int); drop function gz_stats_issue_duration(issues, char, int);`);
    this.addSql(`drop function gz_stats_duration_add(uuid, date, char, bigint, int); drop function gz_stats_hours(bigint); drop function gz_stats_us(timestamptz, timestamptz);`);
    this.addSql(`drop table "issue_stats_duration_buckets";`);
    this.addSql(`drop index "issues_open_deadline_index";`);
    this.addSql(`drop function gz_stats_deadline(issue_status, timestamptz, timestamptz, timestamptz);`);
    this.addSql(`alter table "issue_stats_daily" drop column "open_undated";`);
  }
}
