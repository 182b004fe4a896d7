// The events of the covenants module. The subject is always the covenant, so one covenant's
// history reads as one stream; each payload names the version (global ID and number).
// IDs in payloads are global IDs.
interface VersionRef {
  title: string;
  kind: string;
  versionId: string;
  versionNumber: number;
}

declare module '../events/events.catalog.js' {
  interface EventCatalog {
    'covenant.drafted': VersionRef & { articleCount: number; contentHash: string };
    'covenant.revised': VersionRef & { articleCount: number; contentHash: string; changeSummary: string };
    'covenant.commentOpened': VersionRef & { until: string };
    'covenant.commented': VersionRef & { commentId: string; articleNumber: number | null };
    'covenant.submittedForReview': VersionRef & { comments: number };
    'covenant.reviewed': VersionRef & { approved: boolean; note: string };
    'covenant.putToVote': VersionRef & { resolutionId: string; meetingId: string; rule: string; contentHash: string };
    'covenant.adopted': VersionRef & { resolutionId: string; contentHash: string; supersededVersionId: string | null };
    'covenant.rejected': VersionRef & { reason: string; resolutionId: string | null };
    'covenant.filed': VersionRef & { filingReference: string };
    'covenant.acknowledged': VersionRef & { acknowledgementCount: number };
    'covenant.repealed': VersionRef & { resolutionId: string };
  }
}
export {};
