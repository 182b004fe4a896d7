import { registerEnumType } from 'type-graphql';

/** What the viewer may do with a volunteer task now: the policy and the state machine together. */
export enum VolunteerTaskAction {
  PUBLISH = 'PUBLISH',
  CANCEL = 'CANCEL',
  CLAIM = 'CLAIM',
}
registerEnumType(VolunteerTaskAction, {
  name: 'VolunteerTaskAction',
  description: 'A step on a volunteer task, as offered to the viewer by `VolunteerTask.viewerActions`.',
  valuesConfig: {
    PUBLISH: { description: "发布 (`publishVolunteerTask`): the station's coordinators, a draft whose start is still ahead." },
    CANCEL: { description: "取消 (`cancelVolunteerTask`): the station's coordinators, before the start." },
    CLAIM: { description: '认领 (`claimTask`): a volunteer of the community without a live claim on it, while it is OPEN or FULL (then to the waitlist).' },
  },
});

/** What the viewer may do with a claim now: the policy and the state machine together. */
export enum TaskClaimAction {
  WITHDRAW = 'WITHDRAW',
  CHECK_IN = 'CHECK_IN',
  CHECK_OUT = 'CHECK_OUT',
  MARK_NO_SHOW = 'MARK_NO_SHOW',
  VERIFY_HOURS = 'VERIFY_HOURS',
}
registerEnumType(TaskClaimAction, {
  name: 'TaskClaimAction',
  description: 'A step on a claim, as offered to the viewer by `TaskClaim.viewerActions`.',
  valuesConfig: {
    WITHDRAW: { description: '退出 (`withdrawClaim`): the volunteer, a slot or a waitlist place, before the start.' },
    CHECK_IN: { description: '签到 (`checkIn`): the volunteer holding a slot, from 30 minutes before the start until the end.' },
    CHECK_OUT: { description: '签退 (`checkOut`): the volunteer, once checked in.' },
    MARK_NO_SHOW: { description: "缺席 (`markNoShow`): the station's coordinators, a slot still held once the task has started." },
    VERIFY_HOURS: { description: "核实时长 (`verifyHours`, approve or reject): the station's coordinators, hours recorded and not yet verified." },
  },
});
