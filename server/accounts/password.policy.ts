import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_LENGTH } from '../../common/limits.js';
import { badInput } from '../core/errors.js';

/**
 * The passwords most used in China that zxcvbn-ts's common list (English-centred) rates as
 * strong: they are refused as well. Lower case; a match ignores case.
 */
const CHINESE_COMMON = [
  'woaini1314', 'woaini520', 'woaini521', 'woaini123', 'woaini1314520', '5201314520', '1314520520',
  'wangyang', 'zhangwei', 'wangwei', 'liuyang', 'zhang123', 'wang1234', 'li123456', 'qq123456789',
  'qq5201314', 'aini1314', 'abc5201314', 'a5201314', 'wo5201314', '147258369', '159357258',
  'zxcvbnm123', 'asd123456', 'qwe123456', '123456qq', '123456aa', 'aa123456', 'a123456789',
];

// zxcvbn-ts with its language-neutral dictionaries (common passwords, names, Wikipedia words,
// keyboard layouts) and the list above. Built once: the dictionaries take a moment to load.
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, chineseCommon: CHINESE_COMMON },
  graphs: common.adjacencyGraphs,
});

export const PASSWORD_MIN_LENGTH = PASSWORD_LENGTH.min;
export const PASSWORD_MAX_LENGTH = PASSWORD_LENGTH.max;
/** zxcvbn's scale: 0 and 1 fall to an online or throttled guessing attack; 2 and up are accepted. */
const MIN_SCORE = 2;

/**
 * What is wrong with a new password for the account of `phone`, or null: too short or long, the
 * phone number (or built on it), or one of the most common or easily guessed passwords. The one
 * rule for sign-up, password change and reset.
 */
export function passwordProblem(password: string, phone: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;
  // The number itself, also written with spaces or dashes (138-0013-8000).
  if (phone && password.replace(/\D/g, '').includes(phone)) return 'must not contain the phone number';
  if (zxcvbn.check(password, phone ? [phone] : []).score < MIN_SCORE) return 'is too common or too easy to guess';
  return null;
}

/** Throws BAD_USER_INPUT naming `field` when the password breaks the rule. */
export function assertGoodPassword(field: string, password: string, phone: string): void {
  const problem = passwordProblem(password, phone);
  if (problem) throw badInput({ [field]: problem });
}
