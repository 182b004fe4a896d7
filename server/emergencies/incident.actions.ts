import { registerEnumType } from 'type-graphql';

/** What the viewer may do with an incident now (`Incident.viewerActions`): the policy and the machine together. */
export enum IncidentAction {
  UPDATE = 'UPDATE',
  RESPOND = 'RESPOND',
  RECOVER = 'RECOVER',
  CLOSE = 'CLOSE',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ANSWER = 'ANSWER',
  POST_TASK = 'POST_TASK',
  SUMMARIZE = 'SUMMARIZE',
}
registerEnumType(IncidentAction, {
  name: 'IncidentAction',
  description: 'A step on an incident, as offered by `Incident.viewerActions`: offer exactly these.',
  valuesConfig: {
    UPDATE: { description: '发布更新 (`updateIncident`): the desk, while it is not CLOSED.' },
    RESPOND: { description: '处置中 (`updateIncident` status RESPONDING): the desk, once DECLARED.' },
    RECOVER: { description: '恢复中 (`updateIncident` status RECOVERING): the desk, once RESPONDING.' },
    CLOSE: { description: '结束 (`updateIncident` status CLOSED): the desk; with a reason while anyone in the roll call is unreached.' },
    ACKNOWLEDGE: { description: '已收到 (`acknowledgeIncident`): whoever was alerted, while the latest alert is unacknowledged.' },
    ANSWER: { description: '我安全 / 需要帮助 (`answerIncident`): whoever was alerted, while it is not CLOSED.' },
    POST_TASK: { description: '调度志愿者 (`postIncidentTask`): the desk, while it is not CLOSED.' },
    SUMMARIZE: { description: '总结 (`writeIncidentSummary`): the desk, once CLOSED (also `updateIncident` summary when closing).' },
  },
});
