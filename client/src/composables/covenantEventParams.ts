import type { CovenantEvents, EventDataOf, EventDomain } from '@common/events';

/** A non-empty string, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The event domain of the covenants module (common/events.ts, CovenantEvents). */
export const COVENANT_EVENT_DOMAINS: string[] = ['covenant'] satisfies EventDomain<keyof CovenantEvents>[];

export interface CovenantParamTools {
  quoted: (name: string) => string;
  /** The label of an enum value (`enums.<name>.<value>`), or '' for an unknown one. */
  enumLabel: (enumName: string, value: unknown) => string;
  t: (key: string, values?: Record<string, unknown>) => string;
  /** A time as the reader's locale writes it. */
  time: (iso: string) => string;
}

/**
 * The parameters of a covenant event's sentence, from its `data`: the covenant's title and the
 * version (every payload names them), the comment deadline, the article commented on, the
 * review's conclusion, why a version was rejected, the filing reference and the count of
 * acknowledgements.
 */
export function covenantEventParams(data: EventDataOf<CovenantEvents>, { quoted, enumLabel, t, time }: CovenantParamTools): Record<string, string> {
  const title = text(data.title);
  const until = text(data.until);
  const number = typeof data.versionNumber === 'number' ? data.versionNumber : null;
  const article = typeof data.articleNumber === 'number' ? data.articleNumber : null;
  const count = typeof data.acknowledgementCount === 'number' ? String(data.acknowledgementCount) : '';
  return {
    title: title ? quoted(title) : '',
    version: number === null ? '' : t('eventParams.covenantVersion', { number }),
    until: until ? time(until) : '',
    article: article === null ? t('eventParams.covenantWhole') : t('eventParams.covenantArticle', { number: article }),
    approval: data.approved === true ? t('eventParams.reviewApproved') : t('eventParams.reviewRejected'),
    reason: enumLabel('CovenantRejection', data.reason),
    filingReference: text(data.filingReference) ?? '',
    count,
  };
}
