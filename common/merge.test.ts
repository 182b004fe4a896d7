import { describe, expect, it } from 'vitest';
import { mergeText, shiftCaret } from './merge.js';

describe('mergeText', () => {
  const base = ['一、开会时间', '二、议题：加装电梯', '三、表决方式'].join('\n');

  it('keeps the other side when only one side changed', () => {
    const theirs = base.replace('加装电梯', '加装电梯与停车');
    expect(mergeText(base, base, theirs)).toBe(theirs);
    expect(mergeText(base, theirs, base)).toBe(theirs);
    expect(mergeText(base, theirs, theirs)).toBe(theirs);
  });

  it('merges edits of different lines', () => {
    const mine = base.replace('一、开会时间', '一、开会时间：周六上午');
    const theirs = base.replace('三、表决方式', '三、表决方式：举手');
    expect(mergeText(base, mine, theirs)).toBe(['一、开会时间：周六上午', '二、议题：加装电梯', '三、表决方式：举手'].join('\n'));
  });

  it('merges edits of different characters of the same line', () => {
    const line = '业主代表 张伟 李建国 王秀兰';
    const mine = '业主代表 张伟、李建国 王秀兰';
    const theirs = '业主代表 张伟 李建国、王秀兰';
    expect(mergeText(line, mine, theirs)).toBe('业主代表 张伟、李建国、王秀兰');
  });

  it('merges lines added at both ends', () => {
    const mine = `序\n${base}`;
    const theirs = `${base}\n四、其他`;
    expect(mergeText(base, mine, theirs)).toBe(`序\n${base}\n四、其他`);
  });

  it('refuses (null) when both changed the same characters differently', () => {
    const mine = base.replace('加装电梯', '更换水管');
    const theirs = base.replace('加装电梯', '修缮屋顶');
    expect(mergeText(base, mine, theirs)).toBeNull();
  });

  it('takes the same change made on both sides once', () => {
    const both = base.replace('表决方式', '表决方式（书面）');
    const mine = both.replace('一、开会时间', '一、开会时间：周六上午');
    expect(mergeText(base, mine, both)).toBe(mine);
  });

  it('refuses an insertion at the very place where the other side inserted something else', () => {
    // Both appended to the last line: the same words, and one of them a new line as well. The
    // characters after the shared change are an insertion the other side did not make there.
    const both = base.replace('表决方式', '表决方式（书面）');
    expect(mergeText(base, `${both}\n四、其他`, both)).toBeNull();
  });

  it('counts characters by code point: a character outside the BMP is never split', () => {
    const line = 'a😀b';
    expect(mergeText(line, 'Xa😀b', 'a😀bY')).toBe('Xa😀bY');
    // 🈀 and 😃 each change one half of 😀's UTF-16 pair: by code units that would merge into a
    // third character neither wrote (U+1F203); by code points it is the same character, changed twice.
    expect(mergeText('😀', '🈀', '😃')).toBeNull();
  });

  it('merges into and from empty notes', () => {
    expect(mergeText('', 'mine', '')).toBe('mine');
    expect(mergeText('', '', 'theirs')).toBe('theirs');
    expect(mergeText('', 'mine', 'theirs')).toBeNull();
  });
});

describe('shiftCaret', () => {
  it('stays before a change that starts after it', () => {
    expect(shiftCaret('hello world', 'hello brave world', 3)).toBe(3);
  });

  it('moves with a change before it', () => {
    expect(shiftCaret('hello world', 'oh hello world', 8)).toBe(11);
    expect(shiftCaret('oh hello world', 'hello world', 11)).toBe(8);
  });

  it('goes to the end of the new text when the change covers it', () => {
    expect(shiftCaret('abcdef', 'abXYZef', 3)).toBe(5);
  });

  it('stays at a change that starts exactly there', () => {
    expect(shiftCaret('abc', 'abXc', 2)).toBe(2);
  });
});
