import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'class-validator';
import { MAX_LENGTH } from './limits.js';
import { AddActionItemInput, AddAgendaItemInput, AdvanceMatterInput, AgendaItemInput, CancelMeetingInput, EditAgendaNotesInput, ProposeMatterInput, ProposeResolutionInput, RecordSupervisionInput, ScheduleMeetingInput } from '../server/meetings/meeting.inputs.js';
import { CommentOnCovenantInput, FileCovenantInput, RecordLegalReviewInput } from '../server/covenants/covenant.inputs.js';
import { CancelVolunteerTaskInput, CreateVolunteerTaskInput, VerifyHoursInput } from '../server/volunteers/volunteer.inputs.js';
import { DeclineResidencyInput } from '../server/communities/community.inputs.js';

/**
 * The limits table is what the server's inputs check: for each field a client form caps with
 * `maxlength` (client/src, MAX_LENGTH), the most characters the input's @Length / @MaxLength allows.
 */
function serverMax(target: abstract new () => unknown, property: string): number | undefined {
  const limits = getMetadataStorage()
    .getTargetValidationMetadatas(target as new () => unknown, '', true, false)
    .filter((m) => m.propertyName === property && (m.name === 'isLength' || m.name === 'maxLength'))
    .map((m) => (m.name === 'isLength' ? (m.constraints as [number, number])[1] : (m.constraints as [number])[0]));
  return limits.length === 1 ? limits[0] : undefined;
}

const FIELDS: [string, abstract new () => unknown, string, number][] = [
  ['ProposeMatterInput.title', ProposeMatterInput, 'title', MAX_LENGTH.matter.title],
  ['ProposeMatterInput.description', ProposeMatterInput, 'description', MAX_LENGTH.matter.description],
  ['AdvanceMatterInput.note', AdvanceMatterInput, 'note', MAX_LENGTH.matter.advanceNote],
  ['RecordSupervisionInput.finding', RecordSupervisionInput, 'finding', MAX_LENGTH.matter.finding],
  ['ScheduleMeetingInput.title', ScheduleMeetingInput, 'title', MAX_LENGTH.meeting.title],
  ['ScheduleMeetingInput.location', ScheduleMeetingInput, 'location', MAX_LENGTH.meeting.location],
  ['AgendaItemInput.title', AgendaItemInput, 'title', MAX_LENGTH.meeting.agendaTitle],
  ['AddAgendaItemInput.title', AddAgendaItemInput, 'title', MAX_LENGTH.meeting.agendaTitle],
  ['CancelMeetingInput.reason', CancelMeetingInput, 'reason', MAX_LENGTH.meeting.cancelReason],
  ['EditAgendaNotesInput.notes', EditAgendaNotesInput, 'notes', MAX_LENGTH.meeting.notes],
  ['EditAgendaNotesInput.amendmentReason', EditAgendaNotesInput, 'amendmentReason', MAX_LENGTH.meeting.amendmentReason],
  ['ProposeResolutionInput.title', ProposeResolutionInput, 'title', MAX_LENGTH.meeting.resolutionTitle],
  ['ProposeResolutionInput.text', ProposeResolutionInput, 'text', MAX_LENGTH.meeting.resolutionText],
  ['AddActionItemInput.title', AddActionItemInput, 'title', MAX_LENGTH.meeting.actionItemTitle],
  ['CommentOnCovenantInput.body', CommentOnCovenantInput, 'body', MAX_LENGTH.covenant.comment],
  ['RecordLegalReviewInput.note', RecordLegalReviewInput, 'note', MAX_LENGTH.covenant.legalReviewNote],
  ['FileCovenantInput.filingReference', FileCovenantInput, 'filingReference', MAX_LENGTH.covenant.filingReference],
  ['CreateVolunteerTaskInput.title', CreateVolunteerTaskInput, 'title', MAX_LENGTH.volunteer.taskTitle],
  ['CreateVolunteerTaskInput.description', CreateVolunteerTaskInput, 'description', MAX_LENGTH.volunteer.taskDescription],
  ['CreateVolunteerTaskInput.location', CreateVolunteerTaskInput, 'location', MAX_LENGTH.volunteer.location],
  ['CancelVolunteerTaskInput.reason', CancelVolunteerTaskInput, 'reason', MAX_LENGTH.volunteer.cancelReason],
  ['VerifyHoursInput.note', VerifyHoursInput, 'note', MAX_LENGTH.volunteer.hoursNote],
  ['DeclineResidencyInput.reason', DeclineResidencyInput, 'reason', MAX_LENGTH.community.declineReason],
];

describe('MAX_LENGTH', () => {
  it.each(FIELDS)('%s: the server checks the length the client caps', (_name, target, property, max) => {
    expect(serverMax(target, property)).toBe(max);
  });
});
