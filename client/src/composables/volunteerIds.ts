/**
 * Whether an event's `data.claimId` names this claim. The volunteers module writes the claim's
 * storage key into its event data (server/volunteers/volunteers.service.ts: `claimId: claim.id`),
 * while the API gives the claim as a global ID (base64url of `TaskClaim:<key>`); accept both, so
 * that this keeps working when the server switches the event data to global IDs.
 */
export function sameClaim(eventClaimId: unknown, claimGlobalId: string): boolean {
  if (typeof eventClaimId !== 'string' || eventClaimId === '') return false;
  if (eventClaimId === claimGlobalId) return true;
  return storageKey(claimGlobalId) === eventClaimId;
}

function storageKey(globalId: string): string | null {
  try {
    const raw = atob(globalId.replaceAll('-', '+').replaceAll('_', '/'));
    const sep = raw.indexOf(':');
    return sep > 0 ? raw.slice(sep + 1) : null;
  } catch {
    return null;
  }
}
