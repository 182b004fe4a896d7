import { registerEnumType } from 'type-graphql';

/** What the viewer may do with a seat of the directory now (`LegalSeat.viewerActions`). */
export enum LegalSeatAction {
  UPDATE = 'UPDATE',
  VACATE = 'VACATE',
}
registerEnumType(LegalSeatAction, {
  name: 'LegalSeatAction',
  description: 'A step on a seat of the legal services directory, as offered by `LegalSeat.viewerActions`.',
  valuesConfig: {
    UPDATE: { description: '`updateLegalSeat` (office hours, introduction): the holder and the community\'s administrators.' },
    VACATE: { description: '`vacateLegalSeat`: the community\'s administrators.' },
  },
});
