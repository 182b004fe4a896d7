import { describe, expect, it } from 'vitest';
import { eventTarget } from '../../client/src/utils/eventTarget.js';

/**
 * Issue #9 item 4: a notification or a board entry leads to what it is about, chosen by the
 * subject's type; nowhere when the server gives no subject (hidden from the viewer, or gone).
 */
const community = { id: 'Q29tbXVuaXR5OmM' };

describe('eventTarget', () => {
  it('an issue resolved opens the issue with the rating form; other issue events the issue', () => {
    const subject = { __typename: 'Issue', id: 'SXNzdWU6MQ' };
    expect(eventTarget({ type: 'issue.resolved', community, subject })).toEqual({ name: 'issue', params: { id: subject.id }, query: { action: 'rate' } });
    expect(eventTarget({ type: 'issue.dispatched', community, subject })).toEqual({ name: 'issue', params: { id: subject.id }, query: {} });
  });

  it('a meeting opens on the tab of what happened: the vote, the action items, the minutes, the roll, else the agenda', () => {
    const subject = { __typename: 'Meeting', id: 'TWVldGluZzox' };
    const tab = (type: string) => (eventTarget({ type, community, subject }) as { query: { tab?: string } }).query.tab;
    expect(tab('resolution.opened')).toBe('votes');
    expect(tab('actionItem.added')).toBe('actions');
    expect(tab('minutes.published')).toBe('minutes');
    expect(tab('meeting.checkedIn')).toBe('roll');
    expect(tab('meeting.started')).toBeUndefined();
  });

  it('a covenant opens on the version the event names', () => {
    const subject = { __typename: 'Covenant', id: 'Q292ZW5hbnQ6MQ' };
    expect(eventTarget({ type: 'covenant.commentOpened', data: { versionNumber: 2 }, community, subject })).toEqual({ name: 'covenant', params: { id: subject.id }, query: { v: '2' } });
  });

  it('a task opens the task board on it; seats and organizations the community’s organizations; a residency one’s communities', () => {
    expect(eventTarget({ type: 'task.claimed', community, subject: { __typename: 'VolunteerTask', id: 't' } })).toEqual({ name: 'volunteers', query: { task: 't' } });
    expect(eventTarget({ type: 'member.added', community, subject: { __typename: 'User', id: 'u' } })).toEqual({ name: 'organizations', params: { id: community.id } });
    expect(eventTarget({ type: 'organization.created', community, subject: { __typename: 'Organization', id: 'o' } })).toEqual({ name: 'organizations', params: { id: community.id } });
    expect(eventTarget({ type: 'residency.verified', community, subject: { __typename: 'User', id: 'u' } })).toEqual({ name: 'communities' });
    // A request to be verified: the committee's page of requests.
    expect(eventTarget({ type: 'residency.requested', community, subject: { __typename: 'User', id: 'u' } })).toEqual({ name: 'residency-requests' });
  });

  it('no subject (hidden or gone), or a type without a page: nowhere', () => {
    expect(eventTarget({ type: 'issue.resolved', community, subject: null })).toBeNull();
    expect(eventTarget({ type: 'x.y', community, subject: { __typename: 'Unknown', id: '1' } })).toBeNull();
  });
});
