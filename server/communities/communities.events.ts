// The events of the communities module.
declare module '../events/events.catalog.js' {
  interface EventCatalog {
    'community.created': { name: string };
    'organization.created': { name: string; kind: string; level: string };
    'member.added': { userName: string; organizationName: string; organizationKind: string; role: string };
    'member.removed': { userName: string; organizationName: string; organizationKind: string; role: string };
    'residency.requested': { userName: string; kind: string; unitNumber: string | null; buildingName: string | null };
    'residency.verified': { userName: string; kind: string; unitNumber: string | null };
    'residency.declined': { userName: string; kind: string; unitNumber: string | null; reason: string };
  }
}
export {};
