import { useI18n } from 'vue-i18n';
import type { FormItemRule } from 'naive-ui';
import { phoneRules, textRules } from '@/utils/formRules';

/**
 * naive-ui rules from the shared limits (common/limits.ts), with the app's messages: a form builds
 * its `FormRules` from these inside a `computed` (so they follow the language) and gives them to
 * FormPanel or NForm, each NFormItem naming its field with `path`.
 *
 *   const rules = computed(() => ({ title: rule.text(MAX_LENGTH.matter.title, t('matters.form.titleRequired')) }));
 */
export function useFormRules() {
  const { t } = useI18n();
  return {
    /** A text of at most `max` characters; required (not only spaces) when `required` is its message. */
    text: (max: number, required?: string, trigger?: FormItemRule['trigger']): FormItemRule[] =>
      textRules(max, { required, tooLong: t('common.form.tooLong', { max }) }, trigger),
    /** A mainland mobile number; required when `required` is its message. */
    phone: (required?: string): FormItemRule[] => phoneRules({ required, invalid: t('common.form.phone') }),
    /** A whole number from `min` to `max` (a MAX_VALUE of common/limits.ts), required. */
    count: (min: number, max: number): FormItemRule[] => [
      { type: 'number', required: true, min, max, message: t('common.form.range', { min, max }), trigger: ['blur', 'change'] },
    ],
    /** A check of the form's own (a time in the future, an order of two values): `check` returns the message when it fails. */
    check: <T>(check: (value: T) => string | null, trigger: FormItemRule['trigger'] = ['blur', 'change']): FormItemRule[] => [
      {
        trigger,
        validator: (_rule, value: T) => {
          const failure = check(value);
          return failure === null ? true : new Error(failure);
        },
      },
    ],
  };
}
