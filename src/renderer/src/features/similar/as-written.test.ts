import { describe, expect, it } from 'vitest';
import { namesAsWritten, termsAsWritten } from './as-written';

describe('termsAsWritten', () => {
  it('shows the words of the passage behind folded stems', () => {
    const text = 'Des soldats nord-coréens ont été déployés; les militaires coréens restent.';
    expect(termsAsWritten(['militair', 'coreen', 'deploy'], text)).toEqual([
      'militaires',
      'coréens',
      'déployés',
    ]);
  });

  it('leaves out a stem the passage does not write', () => {
    expect(termsAsWritten(['absent'], 'Rien ici.')).toEqual([]);
  });
});

describe('namesAsWritten', () => {
  it('joins names that follow each other in the passage', () => {
    const text = 'Le secrétaire général de l’OTAN, Mark Rutte, a confirmé la présence en Russie.';
    expect(namesAsWritten(['Mark', 'Rutte', 'Russie'], text)).toEqual(['Mark Rutte', 'Russie']);
  });

  it('keeps small words inside a name', () => {
    expect(namesAsWritten(['Corée', 'Nord'], 'Les soldats de la Corée du Nord.')).toEqual([
      'Corée du Nord',
    ]);
  });
});
