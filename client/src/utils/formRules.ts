import type { FormItemRule } from 'naive-ui';
import { MOBILE_PHONE, NOT_BLANK } from '@common/limits';

/**
 * naive-ui rules for a text field of at most `max` characters (a limit of common/limits.ts, the
 * one the server checks): required and not only spaces unless `optional`, then the length. The
 * messages come from the form, translated.
 */
export function textRules(max: number, messages: { required?: string; tooLong: string }, trigger: FormItemRule['trigger'] = 'blur'): FormItemRule[] {
  const rules: FormItemRule[] = [];
  if (messages.required !== undefined) rules.push({ required: true, pattern: NOT_BLANK.pattern, message: messages.required, trigger });
  rules.push({ max, message: messages.tooLong, trigger });
  return rules;
}

/**
 * naive-ui rules for a mainland mobile number (common/limits.ts MOBILE_PHONE, the server's check at
 * sign-up): required unless `messages.required` is left out, then 11 digits from 13… to 19….
 * An empty optional field passes.
 */
export function phoneRules(messages: { required?: string; invalid: string }, trigger: FormItemRule['trigger'] = 'blur'): FormItemRule[] {
  const rules: FormItemRule[] = [];
  if (messages.required !== undefined) rules.push({ required: true, message: messages.required, trigger });
  rules.push({ pattern: MOBILE_PHONE, message: messages.invalid, trigger });
  return rules;
}
