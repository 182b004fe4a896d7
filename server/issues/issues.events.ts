// The events of the issues module. `data` carries what changed, with before/after where a field changed.
interface StatusChange {
  number: string;
  title: string;
  status: { before: string | null; after: string };
}

declare module '../events/events.catalog.js' {
  interface EventCatalog {
    'issue.submitted': StatusChange & { category: string; priority: string; onBehalf: boolean };
    'issue.dispatched': StatusChange & { assignee: { before: string | null; after: string }; assigneeName: string; acceptBy: string; resolveBy: string; note: string | null };
    'issue.accepted': StatusChange & { assigneeName: string };
    'issue.returned': StatusChange & { assigneeName: string; reason: string };
    'issue.resolved': StatusChange & { assigneeName: string; resolution: string };
    'issue.rated': StatusChange & { score: number; comment: string | null };
    'issue.escalated': StatusChange & { assignee: { before: string | null; after: string }; assigneeName: string; reason: string };
    'issue.urged': { number: string; title: string; note: string; assigneeName: string | null };
    'issue.withdrawn': StatusChange & { reason: string | null };
    'issue.markedDuplicate': StatusChange & { duplicateOfNumber: string };
    'issue.commented': { number: string; title: string; commentId: string; internal: boolean; excerpt: string };
    'issue.supported': { number: string; title: string; supportCount: number };
    'issue.claimed': { number: string; title: string };
  }
}
export {};
