import { Migration } from '@mikro-orm/migrations';

/**
 * governanceStats from counters kept exact as events happen (issue 11, part 3), instead of scans
 * of every issue of the community. Per community and day of submission (UTC), what each issue adds
 * to the figures (issue_stats_daily), per organization what its assignments and ratings add
 * (issue_stats_org_daily), and how many issues took each time from first dispatch to first
 * acceptance and resolution (issue_stats_durations, for exact medians). Triggers on issues,
 * issue_assignments and issue_ratings take a row's old contribution away and add its new one in
 * the same transaction as the change, whichever code makes it. The migration backfills from
 * existing data. server/issues/issue-stats.service.ts reads them; tests/integration/
 * issue-stats-counters.test.ts holds them to a full recount after a random history.
 */
export class Migration20261207001000 extends Migration {
  override up(): void {
    this.addSql(`create table "issue_stats_daily" (
      "community_id" uuid not null, "day" date not null,
      "submitted" int not null default 0, "open" int not null default 0, "dispatched" int not null default 0,
      "accepted" int not null default 0, "accepted_on_time" int not null default 0, "resolved_clean" int not null default 0,
      "ratings" int not null default 0, "good_ratings" int not null default 0,
      constraint "issue_stats_daily_pkey" primary key ("community_id", "day"));`);
    this.addSql(`create table "issue_stats_org_daily" (
      "community_id" uuid not null, "day" date not null, "organization_id" uuid not null,
      "dispatched" int not null default 0, "assignments" int not null default 0, "on_time" int not null default 0,
      "accepted" int not null default 0, "resolved_clean" int not null default 0, "ratings" int not null default 0, "good" int not null default 0,
      constraint "issue_stats_org_daily_pkey" primary key ("community_id", "day", "organization_id"));`);
    this.addSql(`create table "issue_stats_durations" (
      "community_id" uuid not null, "day" date not null, "kind" char(1) not null, "hours" double precision not null, "n" int not null,
      constraint "issue_stats_durations_pkey" primary key ("community_id", "day", "kind", "hours"));`);
    // overdueOpen depends on the clock: it counts the open issues of the window, through this index
    // (its cost grows with the open issues, never with those settled).
    this.addSql(`create index "issues_open_index" on "issues" ("community_id", "submitted_at")
      where "status" in ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED');`);

    this.addSql(`create function gz_stats_day(t timestamptz) returns date language sql immutable as $$ select (t at time zone 'UTC')::date $$;`);

    // One issue row's contribution, added (sign 1) or taken away (sign -1).
    this.addSql(`create function gz_stats_issue_apply(i issues, sign int) returns void language plpgsql as $$
      declare
        d date := gz_stats_day(i.submitted_at);
        h double precision;
      begin
        insert into issue_stats_daily as s (community_id, day, submitted, open, dispatched, accepted, accepted_on_time, resolved_clean)
        values (i.community_id, d, sign,
          sign * (i.status in ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED'))::int,
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
    this.addSql(`create function gz_stats_duration(c uuid, d date, k char(1), h double precision, sign int) returns void language plpgsql as $$
      begin
        insert into issue_stats_durations as s (community_id, day, kind, hours, n) values (c, d, k, h, sign)
        on conflict (community_id, day, kind, hours) do update set n = s.n + excluded.n;
        if sign < 0 then
          delete from issue_stats_durations where community_id = c and day = d and kind = k and hours = h and n = 0;
        end if;
      end $$;`);
    this.addSql(`create function gz_stats_issue_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_issue_apply(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_issue_apply(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_issue_insert_delete after insert or delete on issues for each row execute function gz_stats_issue_trigger();`);
    this.addSql(`create trigger gz_stats_issue_update after update on issues for each row
      when ((old.community_id, old.submitted_at, old.status, old.first_dispatched_at, old.first_accepted_at, old.first_resolved_at, old.accept_by, old.reopen_count)
            is distinct from (new.community_id, new.submitted_at, new.status, new.first_dispatched_at, new.first_accepted_at, new.first_resolved_at, new.accept_by, new.reopen_count))
      execute function gz_stats_issue_trigger();`);

    // One assignment's contribution to its organization's row (the day of its issue). `dispatched`
    // counts issues, not assignments: an assignment adds one when it is the first of its issue to
    // that organization, and takes one away when it was the last.
    this.addSql(`create function gz_stats_assignment_apply(a issue_assignments, sign int) returns void language plpgsql as $$
      declare
        c uuid;
        d date;
        first_of_pair boolean;
      begin
        select i.community_id, gz_stats_day(i.submitted_at) into c, d from issues i where i.id = a.issue_id;
        if c is null then return; end if;
        select not exists (select 1 from issue_assignments x where x.issue_id = a.issue_id and x.organization_id = a.organization_id and x.id <> a.id) into first_of_pair;
        insert into issue_stats_org_daily as s (community_id, day, organization_id, dispatched, assignments, on_time, accepted, resolved_clean)
        values (c, d, a.organization_id, sign * first_of_pair::int, sign,
          sign * (a.accepted_at is not null and (a.accept_by is null or a.accepted_at <= a.accept_by))::int,
          sign * (a.accepted_at is not null)::int,
          sign * (a.accepted_at is not null and a.resolved_at is not null and a.ended_as is distinct from 'REOPENED')::int)
        on conflict (community_id, day, organization_id) do update set
          dispatched = s.dispatched + excluded.dispatched, assignments = s.assignments + excluded.assignments, on_time = s.on_time + excluded.on_time,
          accepted = s.accepted + excluded.accepted, resolved_clean = s.resolved_clean + excluded.resolved_clean;
      end $$;`);
    this.addSql(`create function gz_stats_assignment_trigger() returns trigger language plpgsql as $$
      begin
        -- An update is its old contribution taken away and its new one added (a pair that stays
        -- keeps its dispatched: both calls see the same other assignments).
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_assignment_apply(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_assignment_apply(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_assignment after insert or update or delete on issue_assignments for each row execute function gz_stats_assignment_trigger();`);

    // One rating's contribution to its issue's day, and to the organization it rated.
    this.addSql(`create function gz_stats_rating_apply(r issue_ratings, sign int) returns void language plpgsql as $$
      declare
        c uuid;
        d date;
      begin
        select i.community_id, gz_stats_day(i.submitted_at) into c, d from issues i where i.id = r.issue_id;
        if c is null then return; end if;
        insert into issue_stats_daily as s (community_id, day, ratings, good_ratings) values (c, d, sign, sign * (r.score >= 4)::int)
        on conflict (community_id, day) do update set ratings = s.ratings + excluded.ratings, good_ratings = s.good_ratings + excluded.good_ratings;
        if r.organization_id is not null then
          insert into issue_stats_org_daily as s (community_id, day, organization_id, ratings, good) values (c, d, r.organization_id, sign, sign * (r.score >= 4)::int)
          on conflict (community_id, day, organization_id) do update set ratings = s.ratings + excluded.ratings, good = s.good + excluded.good;
        end if;
      end $$;`);
    this.addSql(`create function gz_stats_rating_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_rating_apply(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_rating_apply(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_rating after insert or update or delete on issue_ratings for each row execute function gz_stats_rating_trigger();`);

    // Backfill, in the same transaction as the triggers (no change slips between).
    this.addSql(`insert into issue_stats_daily (community_id, day, submitted, open, dispatched, accepted, accepted_on_time, resolved_clean, ratings, good_ratings)
      select i.community_id, gz_stats_day(i.submitted_at), count(*),
             count(*) filter (where i.status in ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED')),
             count(*) filter (where i.first_dispatched_at is not null),
             count(*) filter (where i.first_accepted_at is not null),
             count(*) filter (where i.first_accepted_at <= i.accept_by),
             count(*) filter (where i.first_accepted_at is not null and i.status in ('RESOLVED', 'CLOSED') and i.reopen_count = 0),
             coalesce(sum((select count(*) from issue_ratings r where r.issue_id = i.id)), 0),
             coalesce(sum((select count(*) from issue_ratings r where r.issue_id = i.id and r.score >= 4)), 0)
        from issues i group by 1, 2;`);
    this.addSql(`insert into issue_stats_durations (community_id, day, kind, hours, n)
      select community_id, day, kind, hours, count(*) from (
        select i.community_id, gz_stats_day(i.submitted_at) as day, 'A' as kind, (extract(epoch from i.first_accepted_at - i.first_dispatched_at) / 3600)::double precision as hours
          from issues i where i.first_accepted_at is not null and i.first_dispatched_at is not null
        union all
        select i.community_id, gz_stats_day(i.submitted_at), 'R', (extract(epoch from i.first_resolved_at - i.first_dispatched_at) / 3600)::double precision
          from issues i where i.first_resolved_at is not null and i.first_dispatched_at is not null) x
      group by 1, 2, 3, 4;`);
    this.addSql(`insert into issue_stats_org_daily (community_id, day, organization_id, dispatched, assignments, on_time, accepted, resolved_clean, ratings, good)
      select community_id, day, organization_id, sum(dispatched), sum(assignments), sum(on_time), sum(accepted), sum(resolved_clean), sum(ratings), sum(good) from (
        select i.community_id, gz_stats_day(i.submitted_at) as day, a.organization_id,
               count(distinct a.issue_id) as dispatched, count(*) as assignments,
               count(*) filter (where a.accepted_at is not null and (a.accept_by is null or a.accepted_at <= a.accept_by)) as on_time,
               count(*) filter (where a.accepted_at is not null) as accepted,
               count(*) filter (where a.accepted_at is not null and a.resolved_at is not null and a.ended_as is distinct from 'REOPENED') as resolved_clean,
               0 as ratings, 0 as good
          from issue_assignments a join issues i on i.id = a.issue_id group by 1, 2, 3
        union all
        select i.community_id, gz_stats_day(i.submitted_at), r.organization_id, 0, 0, 0, 0, 0, count(*), count(*) filter (where r.score >= 4)
          from issue_ratings r join issues i on i.id = r.issue_id where r.organization_id is not null group by 1, 2, 3) x
      group by 1, 2, 3;`);
  }

  override down(): void {
    this.addSql(`drop trigger gz_stats_rating on issue_ratings;`);
    this.addSql(`drop trigger gz_stats_assignment on issue_assignments;`);
    this.addSql(`drop trigger gz_stats_issue_update on issues;`);
    this.addSql(`drop trigger gz_stats_issue_insert_delete on issues;`);
    this.addSql(`drop function gz_stats_rating_trigger(); drop function gz_stats_rating_apply(issue_ratings, int);`);
    this.addSql(`drop function gz_stats_assignment_trigger(); drop function gz_stats_assignment_apply(issue_assignments, int);`);
    this.addSql(`drop function gz_stats_issue_trigger(); drop function gz_stats_issue_apply(issues, int); drop function gz_stats_duration(uuid, date, char, double precision, int);`);
    this.addSql(`drop function gz_stats_day(timestamptz);`);
    this.addSql(`drop index "issues_open_index";`);
    this.addSql(`drop table "issue_stats_durations"; drop table "issue_stats_org_daily"; drop table "issue_stats_daily";`);
  }
}
