import { describe, expect, it } from 'vitest';
import { isSubheading } from './subheadings';

const prose =
  'Le ministère russe de la Défense a revendiqué ce dimanche la conquête d’un village de l’est de l’Ukraine.';

describe('isSubheading', () => {
  it('reads a short capitalised line before prose as a subheading', () => {
    expect(isSubheading('Un accord de défense mutuelle', prose)).toBe(true);
    expect(isSubheading('Les infos à retenir :', '⇒ Moscou revendique une avancée')).toBe(true);
    expect(isSubheading('“Désarroi” de Poutine, selon l’Otan', prose)).toBe(true);
  });

  it('leaves sentences, bullets, lowercase lines and the last passage alone', () => {
    expect(isSubheading('Le village est tombé.', prose)).toBe(false);
    expect(isSubheading('⇒ Moscou revendique une nouvelle avancée', prose)).toBe(false);
    expect(isSubheading('et la ville aussi', prose)).toBe(false);
    expect(isSubheading('Un accord de défense mutuelle', undefined)).toBe(false);
  });

  it('reads a French quotation closed after a space as a sentence, as an English one', () => {
    expect(isSubheading('“We will not leave.”', prose)).toBe(false);
    expect(isSubheading('« Nous ne partirons pas. »', prose)).toBe(false);
    expect(isSubheading('« Nous ne partirons pas\u00a0! »', prose)).toBe(false);
    // A line that opens a quotation is not its heading.
    const quote =
      '« Nous avons gagné une marge que nous n’avions pas vendredi, la digue tiendra. »';
    expect(isSubheading('Le préfet a ajouté :', quote)).toBe(false);
    // Its key points set aside, "Ce qu'il faut retenir :" stands over a paragraph it does not name.
    expect(isSubheading('Ce qu’il faut retenir :', prose)).toBe(false);
    expect(isSubheading('The prefect added:', `“${prose}”`)).toBe(false);
    // Prose that ends on a French quotation is still prose.
    expect(
      isSubheading('Un accord de défense mutuelle', `${prose.slice(0, -1)}, « a-t-il dit. »`),
    ).toBe(true);
  });

  it('needs the next passage to be longer prose', () => {
    expect(isSubheading('Ingrédients', '200 g de farine')).toBe(false);
    expect(isSubheading('Menu', 'Accueil')).toBe(false);
    expect(isSubheading('Les infos', '⇒ Moscou revendique une avancée')).toBe(false);
    expect(isSubheading('Un accord', 'Un accord de défense mutuelle signé en juin')).toBe(false);
  });

  it('leaves a long line alone', () => {
    expect(isSubheading('Word '.repeat(25).trim(), prose + prose)).toBe(false);
  });
});
