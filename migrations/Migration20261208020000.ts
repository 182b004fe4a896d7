import { Migration } from '@mikro-orm/migrations';

/**
 * Deleting flats and buildings (`deleteUnit`, `deleteBuilding`): a flat or a building something
 * refers to is never deleted, and never silently unlinked. The references were `on delete set
 * null` (a residency, an issue recorded for a flat, an issue or a vote scoped to a building would
 * have lost their flat or building without a word), and a screening round's buildings
 * (`screening_round_buildings`, Migration20261208000300) `on delete cascade` (the round's record
 * would have lost them); they are `on delete restrict` now, so that the database refuses what the
 * service's check might miss. The roll of a vote names its flats in an
 * array (`resolution_heads.unit_ids`), which no foreign key covers: a trigger refuses deleting a
 * flat on a roll, and a GIN index finds the rolls of a flat.
 */
const REFERENCES = [
  { table: 'residencies', column: 'unit_id', target: 'units', constraint: 'residencies_unit_id_foreign', was: 'set null' },
  { table: 'issues', column: 'recorded_unit_id', target: 'units', constraint: 'issues_recorded_unit_id_foreign', was: 'set null' },
  { table: 'issues', column: 'building_id', target: 'buildings', constraint: 'issues_building_id_foreign', was: 'set null' },
  { table: 'resolutions', column: 'building_id', target: 'buildings', constraint: 'resolutions_building_id_foreign', was: 'set null' },
  { table: 'screening_round_buildings', column: 'building_id', target: 'buildings', constraint: 'screening_round_buildings_building_id_foreign', was: 'cascade' },
];

export class Migration20261208020000 extends Migration {
  override up(): void {
    for (const r of REFERENCES) {
      this.addSql(
        `alter table "${r.table}" drop constraint "${r.constraint}", add constraint "${r.constraint}" foreign key ("${r.column}") references "${r.target}" ("id") on update cascade on delete restrict;`,
      );
    }
    this.addSql(`create index "resolution_heads_unit_ids_index" on "resolution_heads" using gin ("unit_ids");`);
    this.addSql(`create function gz_unit_on_no_roll() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from resolution_heads where unit_ids @> array[old.id]) then
          raise exception 'flat % is on the roll of a vote', old.id
            using errcode = 'foreign_key_violation', constraint = 'resolution_heads_unit_ids_restrict', table = 'units';
        end if;
        return old;
      end $$;`);
    this.addSql(`create trigger units_on_no_roll before delete on "units" for each row execute function gz_unit_on_no_roll();`);
  }

  override down(): void {
    this.addSql(`drop trigger if exists units_on_no_roll on "units";`);
    this.addSql(`drop function if exists gz_unit_on_no_roll();`);
    this.addSql(`drop index if exists "resolution_heads_unit_ids_index";`);
    for (const r of REFERENCES) {
      this.addSql(
        `alter table "${r.table}" drop constraint "${r.constraint}", add constraint "${r.constraint}" foreign key ("${r.column}") references "${r.target}" ("id") on update cascade on delete ${r.was};`,
      );
    }
  }
}
