import type { MaybeRefOrGetter } from 'vue';
import { IncidentDocument, type IncidentDetailFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveNode } from './useLiveNode';

/** The incident, or null when the server answers none for this viewer. */
async function readIncident(id: string): Promise<IncidentDetailFragment | null> {
  const result = await gqlClient().query(IncidentDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
  return result.data.incident ?? null;
}

/**
 * One incident, live (useLiveNode): read again on each `incident.*` event about it — for its desk
 * each acknowledgement, answer and roll-call mark too (the server sends those to the desk only).
 */
export function useIncident(incidentId: MaybeRefOrGetter<string>) {
  const { node, ...rest } = useLiveNode(incidentId, readIncident, ['incident.*']);
  return { incident: node, ...rest };
}
