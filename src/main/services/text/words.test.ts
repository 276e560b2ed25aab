import { describe, expect, it } from 'vitest';
import { foldAccents } from './words';

describe('foldAccents', () => {
  // Plain ASCII takes a shorter path (lowercasing only): it must agree with decomposing.
  const decomposed = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase();

  it('folds ASCII and accented text alike, the ASCII path giving what decomposing gives', () => {
    for (const text of [
      'Koursk',
      'AFP 2024',
      'x-y_z!',
      '',
      'Désarroi',
      'ÉCOLE Noël',
      'ﬁn',
      'İstanbul',
    ]) {
      expect(foldAccents(text)).toBe(decomposed(text));
    }
    expect(foldAccents('Désarroi À Noël')).toBe('desarroi a noel');
  });
});
