import { useI18n } from 'vue-i18n';
import { errorCode, errorFields } from '@/utils/errors';

/** Turns any error into a sentence of the current locale, by its `extensions.code`; never raw text. */
export function useErrorText() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- vue-i18n's composer functions are closures: destructuring them is its documented use.
  const { t, te } = useI18n();

  return function errorText(error: unknown): string {
    const code = errorCode(error);
    if (code === 'BAD_USER_INPUT') {
      const fields = errorFields(error);
      if (fields.length > 0) {
        const names = fields.map((field) => (te(`fields.${field}`) ? t(`fields.${field}`) : field));
        return t('errors.BAD_USER_INPUT_FIELDS', { fields: names.join(t('common.listSeparator')) });
      }
    }
    return t(`errors.${code}`);
  };
}
