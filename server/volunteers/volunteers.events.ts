// The events of the volunteers module. Task and claim events carry the counters after the change,
// so an open task board updates its free slots and waitlist from the event alone.
interface TaskCounters {
  title: string;
  slots: number;
  claimedCount: number;
  waitlistCount: number;
  status: string;
}

declare module '../events/events.catalog.js' {
  interface EventCatalog {
    'volunteer.registered': { userName: string; stationName: string; isPartyMember: boolean };
    'task.created': TaskCounters & { startsAt: string; skills: string[] };
    'task.published': TaskCounters & { startsAt: string; skills: string[] };
    'task.cancelled': TaskCounters & { reason: string };
    'task.claimed': TaskCounters & { volunteerName: string; claimId: string };
    'task.waitlisted': TaskCounters & { volunteerName: string; claimId: string; waitlistPosition: number };
    'task.promoted': TaskCounters & { volunteerName: string; claimId: string };
    'claim.withdrawn': TaskCounters & { volunteerName: string; claimId: string; was: string };
    'claim.checkedIn': TaskCounters & { volunteerName: string; claimId: string };
    'claim.checkedOut': TaskCounters & { volunteerName: string; claimId: string; hours: number };
    'claim.noShow': TaskCounters & { volunteerName: string; claimId: string };
    'hours.verified': { title: string; volunteerName: string; claimId: string; hours: number; points: number };
    'hours.rejected': { title: string; volunteerName: string; claimId: string; note: string };
  }
}
export {};
