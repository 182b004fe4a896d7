import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
// Other modules' entities by name, with type-only imports: this file loads no other module.
import type { User } from '../accounts/index.js';
import type { Community, Organization } from '../communities/index.js';

/**
 * 网格: a part of a community, a set of its buildings (`grid_buildings`, keyed by the building: a
 * building is in at most one grid), walked by its grid workers (`grid_workers`, keyed by the
 * GRID_WORKER seat of the residents' committee: a seat works at most one grid), with its 网格党支部
 * (`partyBranch`, an organization of kind GRID_PARTY_BRANCH made with the grid).
 */
@Entity({ tableName: 'grids' })
@Unique({ properties: ['community', 'name'] })
export class Grid {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Community', { ref: true, deleteRule: 'cascade' })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 50 })
  name!: string;

  /** 网格党支部 (kind GRID_PARTY_BRANCH), one per grid. */
  @ManyToOne('Organization', { ref: true, nullable: true, unique: true, deleteRule: 'set null' })
  partyBranch?: Ref<Organization> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}

export enum PartyMemberStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  DECLINED = 'DECLINED',
}

/**
 * 党员下沉报到: a party member registers with the community where they live or serve, through one
 * of its 红色驿站; the community's party organization verifies (or declines with a reason). A
 * verified registration puts the person in the station's volunteer pool (server/volunteers).
 */
@Entity({ tableName: 'party_member_registrations' })
export class PartyMemberRegistration {
  /** Optional in em.create (it has a default), typed as the enum itself (no Opt<> brand) so comparisons with it are checked. */
  [OptionalProps]?: 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('User', { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne('Community', { ref: true, deleteRule: 'cascade' })
  community!: Ref<Community>;

  /** The 红色驿站 (PARTY_STATION) of the community they serve through. */
  @ManyToOne('Organization', { ref: true, deleteRule: 'restrict' })
  station!: Ref<Organization>;

  /** 所在党组织: the party branch their membership is in (their employer's or home branch), as written. */
  @Property({ type: 'string', length: 100 })
  partyOrganization!: string;

  @Enum({ items: () => PartyMemberStatus, nativeEnumName: 'party_member_registration_status', default: PartyMemberStatus.PENDING })
  status: PartyMemberStatus = PartyMemberStatus.PENDING;

  @Property({ type: 'datetime' })
  registeredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy?: Ref<User> | null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;
}
