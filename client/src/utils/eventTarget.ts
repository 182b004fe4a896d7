import type { RouteLocationRaw } from 'vue-router';

/** What of an event decides where it leads: its type, its data, its community and its subject. */
export interface TargetableEvent {
  type: string;
  data?: Record<string, unknown> | null;
  community?: { id: string } | null;
  /** The GraphQL `subject` (`__typename` and global id); null when gone or hidden from the viewer. */
  subject?: { __typename?: string; id: string } | null;
}

/** The tab of the meeting room an event of the meeting is about (`/meetings/:id?tab=`). */
function meetingTab(type: string): string | undefined {
  if (type.startsWith('resolution.')) return 'votes';
  if (type.startsWith('actionItem.')) return 'actions';
  if (type.startsWith('minutes.')) return 'minutes';
  if (type === 'meeting.checkedIn') return 'roll';
  return undefined;
}

/**
 * Where a notification or a board entry leads: the page of its subject, chosen by the subject's
 * type. An issue just resolved opens with the rating form (`?action=rate`: the issue page offers it
 * only to whom the server lets rate), a covenant on the version the event names, a meeting on the
 * tab of the vote, the action items, the minutes or the roll. Null when the viewer may not see the
 * subject (the server answers no subject) or it has no page.
 */
export function eventTarget(event: TargetableEvent): RouteLocationRaw | null {
  const subject = event.subject;
  if (!subject?.__typename) return null;
  const data = event.data ?? {};
  switch (subject.__typename) {
    case 'Issue':
      return { name: 'issue', params: { id: subject.id }, query: event.type === 'issue.resolved' ? { action: 'rate' } : {} };
    case 'Meeting': {
      const tab = meetingTab(event.type);
      return { name: 'meeting', params: { id: subject.id }, query: tab ? { tab } : {} };
    }
    case 'Matter':
      return { name: 'matters' };
    case 'VolunteerTask':
      return { name: 'volunteers', query: { task: subject.id } };
    case 'Volunteer':
      return { name: 'volunteer-leaderboard' };
    case 'Covenant': {
      const version = data.versionNumber;
      return { name: 'covenant', params: { id: subject.id }, query: typeof version === 'number' ? { v: String(version) } : {} };
    }
    case 'Dispute':
      return { name: 'dispute', params: { id: subject.id } };
    case 'Proposal':
      return { name: 'proposal', params: { id: subject.id } };
    // 公共法律服务: a consultation opens 找律师, whose 我的预约 lists it for either side; a question 法律超市.
    case 'LegalConsultation':
      return { name: 'legal' };
    case 'LegalQuestion':
      return { name: 'legal-questions' };
    case 'Lecture':
      return { name: 'lectures' };
    case 'OfficeHourSlot':
    case 'LegalSeat':
      return { name: 'legal' };
    case 'Organization':
      return event.community ? { name: 'organizations', params: { id: event.community.id } } : null;
    case 'User':
      // A seat (member.*) shows among the organizations; a request to be verified on the
      // committee's page of requests; one's own residency among one's communities.
      if (event.type.startsWith('member.') && event.community) return { name: 'organizations', params: { id: event.community.id } };
      if (event.type === 'residency.requested') return { name: 'residency-requests' };
      return { name: 'communities' };
    case 'Community':
      return { name: 'communities' };
    default:
      return null;
  }
}
