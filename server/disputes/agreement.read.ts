import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../core/sql.js';
// The meetings barrel does not export it yet at this commit: the pure file, as covenants take it.
import { textHash } from '../meetings/index.js';
import { AgreementForm } from './mediation.entity.js';
import type { AgreementState } from './dispute.state.js';

/**
 * The exact text an agreement's hash binds: its number, its form and its terms. A party confirms
 * this text (by its hash); the terms cannot change once one has.
 */
export const renderAgreement = (number: string, form: AgreementForm, terms: string) =>
  `人民调解协议书 ${number}\n${form === AgreementForm.WRITTEN ? '书面协议' : '口头协议'}\n\n${terms}`;

export const agreementHash = (number: string, form: AgreementForm, terms: string) => textHash(renderAgreement(number, form, terms));

/** What `viewerActions` and the steps read of a dispute's agreement. */
export interface AgreementView extends AgreementState {
  /** The parties (by account) who confirmed it. */
  confirmedUserIds: string[];
}

export const NO_AGREEMENT: AgreementView = { drafted: false, confirmed: 0, parties: 0, confirmedUserIds: [] };

/** The agreement view of each dispute (one query for all). */
export async function agreementViews(em: EntityManager, disputeIds: readonly string[]): Promise<Map<string, AgreementView>> {
  const out = new Map<string, AgreementView>();
  if (!disputeIds.length) return out;
  const ids = sqlArray(disputeIds);
  const rows = await em.execute<{ id: string; drafted: boolean; parties: number; confirmed: number; users: string[] }[]>(
    `SELECT d.id, a.id IS NOT NULL AS drafted,
            (SELECT count(*)::int FROM dispute_parties p WHERE p.dispute_id = d.id) AS parties,
            (SELECT count(*)::int FROM mediation_agreement_confirmations c WHERE c.agreement_id = a.id) AS confirmed,
            COALESCE((SELECT array_agg(p.user_id::text) FROM mediation_agreement_confirmations c JOIN dispute_parties p ON p.id = c.party_id
                       WHERE c.agreement_id = a.id AND p.user_id IS NOT NULL), '{}') AS users
       FROM disputes d LEFT JOIN mediation_agreements a ON a.dispute_id = d.id
      WHERE d.id = ANY(${ids.sql})`,
    ids.params,
  );
  for (const r of rows) out.set(r.id, { drafted: r.drafted, parties: r.parties, confirmed: r.confirmed, confirmedUserIds: r.users });
  return out;
}
