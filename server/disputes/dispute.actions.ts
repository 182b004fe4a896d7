import { registerEnumType } from 'type-graphql';

/** What the viewer may do with a dispute now: the policy and the state machine together. */
export enum DisputeAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  START_MEDIATION = 'START_MEDIATION',
  RECORD_OUTCOME = 'RECORD_OUTCOME',
  REFER = 'REFER',
  RECORD_FOLLOW_UP = 'RECORD_FOLLOW_UP',
  ESCALATE = 'ESCALATE',
  RECORD_SESSION = 'RECORD_SESSION',
  SCHEDULE_SESSION = 'SCHEDULE_SESSION',
  DRAFT_AGREEMENT = 'DRAFT_AGREEMENT',
  CONFIRM_AGREEMENT = 'CONFIRM_AGREEMENT',
  RECORD_CONFIRMATION = 'RECORD_CONFIRMATION',
  CONSENT_TO_MEDIATION = 'CONSENT_TO_MEDIATION',
  REFUSE_MEDIATION = 'REFUSE_MEDIATION',
  RECORD_PARTY_RESPONSE = 'RECORD_PARTY_RESPONSE',
}
registerEnumType(DisputeAction, {
  name: 'DisputeAction',
  description: 'A step on a dispute, as offered to the viewer by `Dispute.viewerActions`. Every step is taken by those at its handling level: the community\'s mediation committee, or the governance center of the level it was escalated to.',
  valuesConfig: {
    ACCEPT: { description: '受理 (`acceptDispute`): a REGISTERED dispute; the mediation clock starts.' },
    DECLINE: { description: '不予受理 (`declineDispute`, with a reason): a REGISTERED dispute.' },
    START_MEDIATION: { description: '开始调解 (`startMediation`): an ACCEPTED dispute every party consented to mediate (`DisputeParty.consent`).' },
    RECORD_OUTCOME: { description: '调解结果 (`recordMediationOutcome`): a dispute in mediation. FAILED always; AGREED once every party confirmed its agreement (`MediationAgreement.complete`).' },
    REFER: { description: '引导诉讼·仲裁·信访 (`referDispute`, with a reason): a FAILED mediation.' },
    RECORD_FOLLOW_UP: { description: '回访 (`recordFollowUp`, FULFILLED or BREACHED): an AGREED dispute.' },
    ESCALATE: { description: '上报 (`escalateDispute`, with a reason): an open dispute (REGISTERED, ACCEPTED, MEDIATING) below the city level; the clock restarts at the level above.' },
    RECORD_SESSION: { description: '调解会 (`recordMediationSession`): a dispute in mediation; its time, place, mediators and parties present, invitees from other organizations and the record (调解笔录).' },
    SCHEDULE_SESSION: { description: '安排调解会 (`scheduleMediationSession`): an ACCEPTED dispute or one in mediation; a planned time and place, who is asked to come (the parties, mediators and invitees are told).' },
    DRAFT_AGREEMENT: { description: '人民调解协议书 (`draftMediationAgreement`): a dispute in mediation whose agreement no party has confirmed yet (drafts or revises it).' },
    CONFIRM_AGREEMENT: { description: '确认协议 (`confirmMediationAgreement`): a party, by their own account, who has not yet confirmed the drafted agreement.' },
    RECORD_CONFIRMATION: { description: '记录当事人签字 (`recordAgreementConfirmation`): a party signed on paper, or assented to an oral agreement; while a party has not confirmed.' },
    CONSENT_TO_MEDIATION: { description: '同意调解 (`respondToMediation`, consent): a party, by their own account, who has not answered yet; REGISTERED or ACCEPTED.' },
    REFUSE_MEDIATION: { description: '拒绝调解 / 要求终止调解 (`respondToMediation`, refusal): a party, by their own account; REGISTERED or ACCEPTED (the dispute is DECLINED) or MEDIATING (it FAILED).' },
    RECORD_PARTY_RESPONSE: { description: '记录当事人意愿 (`recordPartyResponse`): those at its handling level record a party\'s consent or refusal given in person; REGISTERED, ACCEPTED or MEDIATING (refusal only once mediating).' },
  },
});

/** What the viewer may do with a mediation session now (`MediationSession.viewerActions`). */
export enum MediationSessionAction {
  RECORD = 'RECORD',
  CANCEL = 'CANCEL',
}
registerEnumType(MediationSessionAction, {
  name: 'MediationSessionAction',
  description: 'A step on a mediation session, as offered to the viewer by `MediationSession.viewerActions`.',
  valuesConfig: {
    RECORD: { description: '记录调解会 (`recordMediationSession` with `sessionId`): a SCHEDULED session of a dispute in mediation, by those at its handling level.' },
    CANCEL: { description: '取消调解会 (`cancelMediationSession`, with a reason): a SCHEDULED session, by those at its handling level.' },
  },
});
