import { describe, expect, it } from 'vitest';
import { textRules } from '../../client/src/utils/formRules.js';
import { NOT_BLANK } from '../../common/limits.js';

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
});
