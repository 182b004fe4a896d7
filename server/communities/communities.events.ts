// The events of the communities module.
declare module '../events/events.catalog.js' {
  interface EventCatalog {
    'community.created': { name: string };
    'organization.created': { name: string; kind: string; level: string };
    'member.added': { userName: string; organizationName: string; organizationKind: string; role: string };
    'member.removed': { userName: string; organizationName: string; organizationKind: string; role: string };
    'residency.requested': { userName: string; kind: string; unitNumber: string | null; buildingName: string | null };
    'units.imported': {
      buildingsCreated: string[];
      created: number;
      updated: number;
      unchanged: number;
      /** The flats whose floor area changed (it weighs owners' votes). */
      changes: { building: string; number: string; from: number; to: number }[];
    };
    'residency.verified': { userName: string; kind: string; unitNumber: string | null };
    'residency.declined': { userName: string; kind: string; unitNumber: string | null; reason: string };
  }
}
export {};
