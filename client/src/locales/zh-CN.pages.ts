// The messages of the signed-in pages (issues, volunteers, meetings, covenants, administration,
// residency, disputes), merged into zh-CN.ts's when the sign-in form has shown or before any other page
// (locales/index.ts): the sign-in page's first load goes without them. `en.pages.ts` has exactly
// these keys (typed by this file).
import issues from './issues.zh-CN';
import volunteers from './volunteers.zh-CN';
import meetings from './meetings.zh-CN';
import covenants from './covenants.zh-CN';
import admin from './admin.zh-CN';
import residency from './residency.zh-CN';
import disputes from './disputes.zh-CN';
import proposals from './proposals.zh-CN';
import emergencies from './emergencies.zh-CN';
import legal from './legal.zh-CN';
import grids from './grids.zh-CN';
import cityView from './cityview.zh-CN';
import print from './print.zh-CN';
import offline from './offline.zh-CN';

const zhCNPages = {
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

export default zhCNPages;
export type PagesMessageSchema = typeof zhCNPages;
