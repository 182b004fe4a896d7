import { describe, expect, it } from 'vitest';
import { phoneRules, textRules } from '../../client/src/utils/formRules.js';
import { MOBILE_PHONE, NOT_BLANK } from '../../common/limits.js';

describe('textRules', () => {
  it('requires a text that is not only spaces, then caps its length', () => {
    const [required, length] = textRules(100, { required: '请填写标题', tooLong: '最多100字' });
    expect(required).toEqual({ required: true, pattern: NOT_BLANK.pattern, message: '请填写标题', trigger: 'blur' });
    expect(length).toEqual({ max: 100, message: '最多100字', trigger: 'blur' });
    const pattern = new RegExp(required!.pattern!);
    expect(pattern.test('  ')).toBe(false);
    expect(pattern.test(' 路灯 ')).toBe(true);
  });

  it('only caps the length of an optional field, on the trigger given', () => {
    expect(textRules(200, { tooLong: '最多200字' }, 'input')).toEqual([{ max: 200, message: '最多200字', trigger: 'input' }]);
  });

  it('checks a mobile number with the shared pattern, required only when asked', () => {
    const [required, number] = phoneRules({ required: '请填写手机号', invalid: '请填写 11 位手机号' });
    expect(required).toEqual({ required: true, message: '请填写手机号', trigger: 'blur' });
    expect(number).toEqual({ pattern: MOBILE_PHONE, message: '请填写 11 位手机号', trigger: 'blur' });
    const pattern = new RegExp(number!.pattern!);
    expect(pattern.test('13900000001')).toBe(true);
    expect(pattern.test('12900000001')).toBe(false);
    expect(pattern.test('1390000000')).toBe(false);
    expect(phoneRules({ invalid: 'x' })).toEqual([{ pattern: MOBILE_PHONE, message: 'x', trigger: 'blur' }]);
  });
});
