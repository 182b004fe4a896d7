import { useI18n } from 'vue-i18n';
import type { BoardEventFragment } from '@/gql/graphql';
import { formatInCommunity } from '@/utils/time';
import { COVENANT_EVENT_DOMAINS, covenantEventParams } from './covenantEventParams';
import { issueEventParams } from './issueEventParams';
import { MEETING_EVENT_DOMAINS, meetingEventParams } from './meetingEventParams';
import { VOLUNTEER_EVENT_DOMAINS, volunteerEventParams } from './volunteerEventParams';

type EventLike = Pick<BoardEventFragment, 'type' | 'data'> & {
  actor?: { name: string } | null;
  community?: { name: string } | null;
};

const GRID_EVENT_DOMAINS = ['grid', 'partyMember', 'buildingPartyGroup'];

/** A grid's name (and the one it had), its worker, a party member's station, a building. */
function gridEventParams(data: Record<string, unknown>, quoted: (name: string) => string): Record<string, string> {
  return {
    grid: maybeQuoted(text(data.name), quoted),
    previous: maybeQuoted(text(data.previousName), quoted),
    worker: text(data.workerName) ?? '',
    station: maybeQuoted(text(data.stationName), quoted),
    building: text(data.buildingName) ?? '',
  };
}

const maybeQuoted = (name: string | undefined, quoted: (name: string) => string) => (name ? quoted(name) : '');

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The first string among `data[key]` and `data[key].name`, for the keys given. */
function pick(data: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    const found = text(value) ?? (value && typeof value === 'object' ? text((value as Record<string, unknown>).name) : undefined);
    if (found) return found;
  }
  return undefined;
}

/**
 * Renders a DomainEvent as a sentence of the current locale: `events.<type>` with parameters
 * taken from the actor, the community and the event's data. Types without a sentence (later
 * modules, unknown ones) fall back to `eventFallback.<domain>` or `eventFallback.other`.
 */
export function useEventSentence() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- vue-i18n's composer functions are closures: destructuring them is its documented use.
  const { t, te, locale } = useI18n();

  const quoted = (name: string) => t('eventParams.quoted', { name });
  const time = (iso: string) => formatInCommunity(iso, locale.value, { dateStyle: 'medium', timeStyle: 'short' });

  function enumLabel(enumName: string, value: unknown): string {
    const key = `enums.${enumName}.${String(value)}`;
    return typeof value === 'string' && te(key) ? t(key) : '';
  }

  function params(event: EventLike): Record<string, string> {
    const data = event.data ?? {};
    const domain = event.type.split('.')[0];
    const organization = pick(data, ['organizationName', 'organization', 'name']);
    const member = pick(data, ['userName', 'memberName', 'residentName', 'user', 'member', 'resident']);
    const role = enumLabel('MemberRole', data.role);
    const unitNumber = text(data.unitNumber) ?? pick(data, ['unit']);
    const unit = unitNumber ? [text(data.buildingName), unitNumber].filter(Boolean).join(' ') : undefined;
    return {
      // Any event's own title (an incident's, a task posted from it); the domains below may say more.
      title: maybeQuoted(text(data.title), quoted),
      // A grid's, a party member's and a building party group's events.
      ...(GRID_EVENT_DOMAINS.includes(domain ?? '') ? gridEventParams(data, quoted) : {}),
      ...(domain === 'issue' ? issueEventParams(data, quoted) : {}),
      ...(VOLUNTEER_EVENT_DOMAINS.includes(domain ?? '') ? volunteerEventParams(data, quoted, t('eventParams.aResident')) : {}),
      ...(MEETING_EVENT_DOMAINS.includes(domain ?? '') ? meetingEventParams(data, { quoted, enumLabel, t }) : {}),
      ...(COVENANT_EVENT_DOMAINS.includes(domain ?? '') ? covenantEventParams(data, { quoted, enumLabel, t, time }) : {}),
      // An issue's event without an actor is its reporter's, whose name the viewer may not see.
      actor: event.actor?.name ?? (domain === 'issue' ? t('eventParams.aResident') : t('common.system')),
      community: quoted(event.community?.name ?? pick(data, ['communityName']) ?? ''),
      organization: organization ? quoted(organization) : t('eventParams.anOrganization'),
      member: member ?? t('eventParams.aResident'),
      kind: enumLabel(domain === 'organization' ? 'OrganizationKind' : 'ResidencyKind', data.kind),
      role: role ? t('eventParams.role', { role }) : '',
      unit: unit ? t('eventParams.unit', { number: unit }) : '',
    };
  }

  return function eventSentence(event: EventLike): string {
    const values = params(event);
    // te() is true only for a message, never for a group such as `events.member`.
    const key = `events.${event.type}`;
    if (te(key)) return t(key, values);
    const domain = event.type.split('.')[0] ?? '';
    return t(te(`eventFallback.${domain}`) ? `eventFallback.${domain}` : 'eventFallback.other', values);
  };
}
