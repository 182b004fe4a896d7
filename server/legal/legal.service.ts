import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, conflict, notFound } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { emit } from '../events/emit.js';
import { User } from '../accounts/index.js';
import { Community } from '../communities/index.js';
import { LegalSeat, LegalSeatRole } from './legal.entity.js';
import { seatPolicy } from './legal.policy.js';
import type { AppointLegalSeatInput, UpdateLegalSeatInput } from './legal.inputs.js';
import './legal.events.js';

const blankToNull = (s: string | null | undefined) => (s == null ? s : s.trim() || null);

async function communityOrFail(em: EntityManager, communityId: string): Promise<void> {
  if (!(await em.count(Community, communityId))) throw notFound('Community');
}

// ── seats (一社区一民警一律师) ─────────────────────────────────────────────────────────────────

const seatSubject = (s: LegalSeat) => ({ type: 'LegalSeat', id: s.id });

async function holderName(em: EntityManager, s: LegalSeat): Promise<string> {
  return (await em.findOneOrFail(User, s.user.id)).name;
}

/** The community's administrators give a person a seat; the person is told. Public to the community. */
export async function appointLegalSeat(ctx: Context, input: AppointLegalSeatInput): Promise<LegalSeat> {
  const access = await ctx.access();
  requireUser(access);
  const communityId = keyOf(input.communityId, 'Community', 'communityId');
  const userId = keyOf(input.userId, 'User', 'userId');
  authorize(seatPolicy.canAppoint(access, communityId), "Only the community's administrators appoint its police officer and legal adviser");
  return ctx.transact(async (tx) => {
    await communityOrFail(tx.em, communityId);
    const user = await tx.em.findOne(User, userId);
    if (!user) throw badInput({ userId: 'is not a user' });
    // The unique key (community, role, user) settles two appointments at once; this names it first.
    if (await tx.em.count(LegalSeat, { community: communityId, role: input.role, user: userId })) throw conflict(`${user.name} already holds this seat`);
    const seat = tx.em.create(LegalSeat, {
      community: communityId,
      role: input.role,
      user: userId,
      officeHours: blankToNull(input.officeHours) ?? null,
      intro: blankToNull(input.intro) ?? null,
      appointedBy: tx.actorId!,
      appointedAt: tx.now,
    });
    emit(tx, {
      type: 'legalSeat.appointed',
      communityId,
      subject: seatSubject(seat),
      data: { role: seat.role, holderName: user.name },
      audience: { public: true },
      notify: { userIds: [userId], title: seat.role === LegalSeatRole.LEGAL_ADVISER ? '您已被设为社区法律顾问' : '您已被设为社区民警' },
    });
    return seat;
  });
}

async function lockSeat(tx: Transaction, seatId: string): Promise<LegalSeat> {
  const seat = await tx.em.findOne(LegalSeat, keyOf(seatId, 'LegalSeat', 'seatId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!seat) throw notFound('LegalSeat');
  return seat;
}

const seatFacts = (s: LegalSeat) => ({ communityId: s.community.id, userId: s.user.id });

/** Office hours and introduction, by the holder or the community's administrators. */
export async function updateLegalSeat(ctx: Context, input: UpdateLegalSeatInput): Promise<LegalSeat> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const seat = await lockSeat(tx, input.seatId);
    if (!seatPolicy.canSee(access, seatFacts(seat))) throw notFound('LegalSeat');
    authorize(seatPolicy.canUpdate(access, seatFacts(seat)), 'Only the holder and the community\'s administrators change a seat');
    if (input.officeHours !== undefined) seat.officeHours = blankToNull(input.officeHours) ?? null;
    if (input.intro !== undefined) seat.intro = blankToNull(input.intro) ?? null;
    emit(tx, {
      type: 'legalSeat.updated',
      communityId: seat.community.id,
      subject: seatSubject(seat),
      data: { role: seat.role, holderName: await holderName(tx.em, seat), officeHours: seat.officeHours ?? null },
      audience: { public: true },
    });
    return seat;
  });
}

/** The community's administrators take a seat away. Its office-hour slots not yet booked go with it. */
export async function vacateLegalSeat(ctx: Context, seatId: string): Promise<LegalSeat> {
  const access = await ctx.access();
  requireUser(access);
  return ctx.transact(async (tx) => {
    const seat = await lockSeat(tx, seatId);
    if (!seatPolicy.canSee(access, seatFacts(seat))) throw notFound('LegalSeat');
    authorize(seatPolicy.canVacate(access, seatFacts(seat)), "Only the community's administrators vacate a seat");
    const name = await holderName(tx.em, seat);
    emit(tx, {
      type: 'legalSeat.vacated',
      communityId: seat.community.id,
      subject: seatSubject(seat),
      data: { role: seat.role, holderName: name },
      audience: { public: true, userIds: [seat.user.id] },
      notify: { userIds: [seat.user.id], title: '您的社区法律服务席位已撤销' },
    });
    tx.em.remove(seat);
    return seat;
  });
}
