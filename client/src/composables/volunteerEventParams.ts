import type { EventDataOf, EventDomain, VolunteerEvents } from '@common/events';

/** A non-empty string, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function count(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The event domains of the volunteers module (common/events.ts, VolunteerEvents). */
export const VOLUNTEER_EVENT_DOMAINS: string[] = ['task', 'claim', 'hours', 'volunteer'] satisfies EventDomain<keyof VolunteerEvents>[];

/**
 * The parameters of a volunteers event's sentence, from its `data`: the task's title and its
 * counters after the change, the volunteer, the waitlist place, and the free texts (the reason
 * of a cancellation, the note of rejected hours).
 */
export function volunteerEventParams(data: EventDataOf<VolunteerEvents>, quoted: (name: string) => string, someone: string): Record<string, string> {
  const title = text(data.title);
  const station = text(data.stationName);
  return {
    title: title ? quoted(title) : '',
    volunteer: text(data.volunteerName) ?? someone,
    slots: count(data.slots),
    claimed: count(data.claimedCount),
    waitlist: count(data.waitlistCount),
    position: count(data.waitlistPosition),
    hours: count(data.hours),
    points: count(data.points),
    reason: text(data.reason) ?? '',
    note: text(data.note) ?? '',
    station: station ? quoted(station) : '',
  };
}
