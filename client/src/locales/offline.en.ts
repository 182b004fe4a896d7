import type { OfflineMessageSchema } from './offline.zh-CN';

// The English messages of the outbox: exactly the keys of offline.zh-CN.ts.
const offlineEn: OfflineMessageSchema = {
  outbox: {
    queued: 'No network: saved to the outbox, it will be sent when you are back online',
    waiting: 'Waiting to send: {n}',
    waitingOffline: 'Waiting to send: {n} · sent once you are online',
    settled: 'Sent: {done} · not done: {failed}',
    open: 'View',
    title: 'Outbox',
    empty: 'Nothing waiting to be sent',
    clear: 'Clear finished',
    retry: 'Send now',
    close: 'Close',
    states: {
      waiting: 'Waiting',
      sending: 'Sending',
      done: 'Done',
      failed: 'Not done',
    },
    operations: {
      SubmitIssue: 'Report an issue',
      CommentOnIssue: 'Reply to an issue',
      SupportIssue: 'Support',
      ClaimTask: 'Claim a task',
      CheckIn: 'Check in',
    },
    outcomes: {
      submitted: 'Submitted as #{number}',
      commented: 'Reply sent',
      supported: 'Supported ({count} supporters)',
      claimed: 'Claimed',
      waitlisted: 'The task was full: you are number {position} on the waitlist',
      checkedIn: 'Checked in',
      failed: 'Not done: {reason}',
    },
    view: 'Open',
    queuedAt: 'Done {time}',
  },
};

export default offlineEn;
