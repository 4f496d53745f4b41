import { describe, expect, it } from 'vitest';
import { brokenPasswordRules, characterClassesOf } from './password-rules.js';

describe('password rules', () => {
  it('accepts a long password with three kinds of character that is neither the name nor common', () => {
    expect(brokenPasswordRules('Harbour-lights-7', 'li.ming')).toEqual([]);
    expect(brokenPasswordRules('harbour lights 7x', 'li.ming')).toEqual([]);
  });

  it('counts lower case, upper case, digits and everything else (汉字 included) as the four kinds', () => {
    expect(characterClassesOf('abc')).toBe(1);
    expect(characterClassesOf('aB3')).toBe(3);
    expect(characterClassesOf('aB3!')).toBe(4);
    expect(characterClassesOf('法治abc123')).toBe(3);
  });

  it('names every rule a password breaks, in a fixed order', () => {
    expect(brokenPasswordRules('short', null)).toEqual(['MIN_LENGTH', 'CHARACTER_CLASSES']);
    expect(brokenPasswordRules('Abcdefghi', null)).toEqual(['MIN_LENGTH', 'CHARACTER_CLASSES']);
    expect(brokenPasswordRules('abcdefghijkl', null)).toEqual(['CHARACTER_CLASSES']);
    expect(brokenPasswordRules('Zhang.San-01', 'zhang.san-01')).toEqual(['SAME_AS_USERNAME']);
    expect(brokenPasswordRules('P@ssw0rd123', 'someone')).toEqual(['COMMON_PASSWORD']);
    expect(brokenPasswordRules('ADMIN@123456', 'someone')).toEqual(['COMMON_PASSWORD']);
  });

  it('counts length in characters, so ten 汉字 with digits and letters are long enough', () => {
    expect(brokenPasswordRules('法治政府建设1a', null)).toEqual(['MIN_LENGTH']);
    expect(brokenPasswordRules('法治政府建设示范区1a', null)).toEqual([]);
  });
});
