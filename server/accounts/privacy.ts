/**
 * The version of the privacy notice (个人信息保护法 arts. 14 and 17) that every account must agree to:
 * at sign-up, or (an account created without it, or one that agreed to an older version) in the
 * dialog the client shows after sign-in (`consentToPrivacyNotice`). The notice itself is the
 * client's privacy page (`/privacy`), which shows this version; change the two together, and a new
 * version asks everyone for consent to it again.
 */
export const PRIVACY_NOTICE_VERSION = '2026-12-06';
