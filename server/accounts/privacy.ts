/**
 * The version of the privacy notice (个人信息保护法 arts. 14 and 17) that sign-up asks the person to
 * agree to. The notice itself is the client's privacy page (`/privacy`), which shows this version;
 * change the two together, and a new version asks every new sign-up for consent to it.
 */
export const PRIVACY_NOTICE_VERSION = '2026-12-06';
