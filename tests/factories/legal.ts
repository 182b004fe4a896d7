import type { RunningServer } from '../../server/app/server.js';
import { LegalSeat, LegalSeatRole, OfficeHourSlot } from '../../server/legal/index.js';
import { toGlobalId } from '../../server/core/ids.js';
import { em, type TestUser } from './index.js';

/** A seat of public legal services, written straight to the database (appointed by `by`, or its holder). */
export async function appointSeat(app: RunningServer, communityId: string, holder: TestUser, role: LegalSeatRole = LegalSeatRole.LEGAL_ADVISER, opts: { officeHours?: string } = {}): Promise<{ id: string; gid: string }> {
  const e = em(app);
  const s = e.create(LegalSeat, { community: communityId, role, user: holder.id, officeHours: opts.officeHours ?? null, appointedBy: holder.id, appointedAt: new Date() });
  await e.flush();
  return { id: s.id, gid: toGlobalId('LegalSeat', s.id) };
}

export { LegalSeatRole };

/** An office-hour slot of `lawyer` in a community, written straight to the database. */
export async function createSlot(app: RunningServer, communityId: string, lawyer: { id: string }, startsAt: Date, minutes = 30): Promise<{ id: string; gid: string }> {
  const e = em(app);
  const s = e.create(OfficeHourSlot, { community: communityId, lawyer: lawyer.id, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), publishedAt: new Date() });
  await e.flush();
  return { id: s.id, gid: toGlobalId('OfficeHourSlot', s.id) };
}
