import type { PrintMessageSchema } from './print.zh-CN';

// The English messages of the printouts and the export buttons: exactly the keys of print.zh-CN.ts.
const printEn: PrintMessageSchema = {
  print: {
    button: 'Print / Save as PDF',
    back: 'Back',
    open: 'Print',
    printedAt: 'Printed {at}',
    notFound: 'Not found, or not yours to see',
    minutes: {
      title: 'Minutes of {title}',
      convener: 'Convened by',
      location: 'Place',
      status: 'Status',
      approvals: 'Approval of the minutes',
      approvedAt: 'Approved {at}',
      publishedAt: 'published {at}',
      notApproved: 'Not yet approved by everyone',
      approved: 'approved',
      pending: 'to approve',
    },
    vote: {
      title: 'Result of the vote: {title}',
      rule: 'Rule',
      scope: 'Scope',
      outcome: 'Outcome',
      notClosed: 'Voting not closed yet',
      text: 'Motion',
      choice: 'Choice',
      heads: 'Ballots (heads)',
      area: 'Floor area (㎡)',
      voted: 'Took part',
      eligible: 'On the roll',
      secret: 'A secret ballot: only the totals are published.',
      hash: 'Checksum of the motion',
    },
    covenant: {
      version: 'Version {n} · {status}',
      filing: 'Filing number',
      notFiled: 'Not filed yet',
      filedAt: 'Filed',
      adoptedAt: 'Adopted',
      article: 'Article {n}',
      hash: 'Checksum of the text',
    },
    certificate: {
      title: 'Certificate of volunteer hours',
      text: 'This certifies that {name} has volunteered at {station} for {hours} hours in all, as verified by the organizers, earning {points} points.',
      skills: 'Skills: {skills}',
      basis: 'The hours were recorded and verified by the station that organized each task.',
    },
  },
  exports: {
    excel: 'Export to Excel',
    roll: 'Export the roll',
    saved: 'Saved {name}',
    failed: {
      FORBIDDEN: 'You may not export this',
      NOT_FOUND: 'Nothing to export was found',
      BAD_USER_INPUT: 'The filters are not valid: change them and export again',
      LIMIT_EXCEEDED: 'Too much to export: narrow the filters',
      NETWORK: 'No network: the export failed, try again later',
      UNKNOWN: 'The export failed, try again later',
    },
  },
};

export default printEn;
