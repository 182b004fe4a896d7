import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.policy.js';

const PHONE = '13812345678';

describe('passwordProblem: the one rule for sign-up, password change and reset', () => {
  it.each(['password', 'password123', '12345678', '123456789', 'qwertyuiop', '1qaz2wsx', 'iloveyou', 'aaaaaaaa', 'p@ssw0rd', 'demo12345'])('refuses the common or guessable %s', (pw) => {
    expect(passwordProblem(pw, PHONE)).toBe('is too common or too easy to guess');
  });

  it.each(['woaini1314', 'WoAiNi1314', 'qq5201314', 'a123456789'])('refuses the common Chinese password %s', (pw) => {
    expect(passwordProblem(pw, PHONE)).toBe('is too common or too easy to guess');
  });

  it.each([PHONE, `a${PHONE}`, `${PHONE}!`, '138-1234-5678', '138 1234 5678x'])('refuses the phone number in %s', (pw) => {
    expect(passwordProblem(pw, PHONE)).toBe('must not contain the phone number');
  });

  it('refuses a password built on most of the phone number', () => {
    expect(passwordProblem('12345678abc', PHONE)).not.toBeNull();
  });

  it('refuses what is too short or too long', () => {
    expect(passwordProblem('Xq7#pL2', PHONE)).toBe('must be 8 to 128 characters');
    expect(passwordProblem('x'.repeat(129), PHONE)).toBe('must be 8 to 128 characters');
  });

  it.each(['correct-horse-9', 'a-long-password', 'huang-lake-42', '长江大桥边的红房子', 'Xq7#pL2v'])('accepts %s', (pw) => {
    expect(passwordProblem(pw, PHONE)).toBeNull();
  });
});
