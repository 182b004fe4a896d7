// The English messages of the signed-in pages, merged into en.ts's (see zh-CN.pages.ts).
import issues from './issues.en';
import volunteers from './volunteers.en';
import meetings from './meetings.en';
import covenants from './covenants.en';
import admin from './admin.en';
import residency from './residency.en';
import disputes from './disputes.en';
import proposals from './proposals.en';
import emergencies from './emergencies.en';
import legal from './legal.en';
import grids from './grids.en';
import cityView from './cityview.en';
import print from './print.en';
import offline from './offline.en';
import type { PagesMessageSchema } from './zh-CN.pages';

const enPages: PagesMessageSchema = {
  nav: {
    ...issues.nav,
    ...volunteers.nav,
    ...meetings.nav,
    ...covenants.nav,
    ...admin.nav,
    ...residency.nav,
    ...disputes.nav,
    ...proposals.nav,
    ...emergencies.nav,
    ...legal.nav,
    ...grids.nav,
    ...cityView.nav,
  },
  enums: {
    ...issues.enums,
    ...volunteers.enums,
    ...meetings.enums,
    ...covenants.enums,
    ...disputes.enums,
    ...proposals.enums,
    ...emergencies.enums,
    ...legal.enums,
    ...grids.enums,
  },
  events: {
    issue: { ...issues.events, claimed: residency.events.issueClaimed },
    ...volunteers.events,
    ...meetings.events,
    ...covenants.events,
    ...admin.events,
    residency: {
      declined: residency.events.residencyDeclined,
    },
    ...disputes.events,
    ...proposals.events,
    ...emergencies.events,
    ...legal.events,
    ...grids.events,
  },
  eventParams: {
    ...meetings.eventParams,
    ...covenants.eventParams,
  },
  issues: issues.issues,
  attachments: issues.attachments,
  dashboard: issues.dashboard,
  volunteers: volunteers.volunteers,
  meetings: meetings.meetings,
  matters: meetings.matters,
  covenants: covenants.covenants,
  admin: admin.admin,
  residency: residency.residency,
  actionItems: residency.actionItems,
  disputes: disputes.disputes,
  proposals: proposals.proposals,
  emergencies: emergencies.emergencies,
  legal: legal.legal,
  grids: grids.grids,
  cityView: cityView.cityView,
  print: print.print,
  exports: print.exports,
  outbox: offline.outbox,
  fields: {
    ...issues.fields,
    ...volunteers.fields,
    ...meetings.fields,
    ...covenants.fields,
    ...admin.fields,
    ...residency.fields,
    ...disputes.fields,
    ...legal.fields,
    ...grids.fields,
  },
};

export default enPages;
