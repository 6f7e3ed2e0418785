import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './index';
import { formsOf, selectForm } from './plural';
import { zh } from './zh';

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate(en, 'train.speedUnit', { value: 12 })).toBe('12 epochs/s');
  });
  it('leaves an unknown placeholder visible', () => {
    expect(translate(en, 'train.speedLabel', {})).toBe('Speed: {value}');
  });
  it('has no empty message', () => {
    for (const [key, message] of Object.entries(en)) {
      for (const text of formsOf(message)) expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('plural messages', () => {
  it('choose the English singular for exactly 1 and the plural otherwise', () => {
    expect(translate(en, 'data.count', { count: 1, train: 1, test: 0 }, 'en')).toBe('1 point (1 training, 0 test)');
    expect(translate(en, 'data.count', { count: 2, train: 1, test: 1 }, 'en')).toBe('2 points (1 training, 1 test)');
    expect(translate(en, 'data.count', { count: 0, train: 0, test: 0 }, 'en')).toBe('0 points (0 training, 0 test)');
    expect(translate(en, 'lessons.setUnits', { count: 1 })).toBe('Use 1 hidden unit');
    expect(translate(en, 'lessons.setUnits', { count: 20 })).toBe('Use 20 hidden units');
    expect(translate(en, 'import.more', { count: 1 })).toBe('(and 1 more problem)');
    expect(translate(en, 'import.more', { count: 3 })).toBe('(and 3 more problems)');
  });
  it('select by the parameter the message names', () => {
    expect(translate(en, 'train.speedUnit', { value: 1 })).toBe('1 epoch/s');
    expect(translate(en, 'shapes.examples', { m: 1 })).toBe('m = 1 training example');
    expect(translate(en, 'data.planeLabel', { class0: 1, class1: 1 })).toMatch(/^Data plane: 1 point of class 0 and 1 of class 1\./);
    expect(translate(en, 'data.planeLabel', { class0: 2, class1: 1 })).toMatch(/^Data plane: 2 points of class 0/);
  });
  it('read a numeral with grouping commas as its number', () => {
    expect(translate(en, 'train.stepsPerSecond', { value: '1' })).toBe('1 step/s');
    expect(translate(en, 'train.stepsPerSecond', { value: '1,001' })).toBe('1,001 steps/s');
  });
  it('fall back to other when the count is missing or not a number', () => {
    expect(translate(en, 'network.units', {})).toBe('{count} neurons');
    expect(translate(en, 'network.units', { count: 'many' })).toBe('many neurons');
  });
  it('use one form in Chinese, which has no plural categories but other', () => {
    expect(translate(zh, 'data.count', { count: 1, train: 1, test: 0 }, 'zh')).toBe('共 1 个点（训练集 1 个，测试集 0 个）');
    expect(translate(zh, 'data.count', { count: 2, train: 2, test: 0 }, 'zh')).toBe('共 2 个点（训练集 2 个，测试集 0 个）');
    expect(translate(zh, 'train.speedUnit', { value: 1 }, 'zh')).toBe('每秒 1 轮');
  });
  it('follow each locale’s CLDR rules (a language with few and many forms)', () => {
    const message = { one: '{count} punkt', few: '{count} punkty', many: '{count} punktów', other: '{count} punktu' };
    expect([1, 2, 5, 22, 25].map((count) => selectForm(message, 'pl', { count }))).toEqual([
      '{count} punkt',
      '{count} punkty',
      '{count} punktów',
      '{count} punkty',
      '{count} punktów',
    ]);
    expect(selectForm(message, 'pl', { count: 1.5 })).toBe('{count} punktu');
  });
});
