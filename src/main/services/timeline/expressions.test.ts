import { describe, expect, it } from 'vitest';
import { resolveAll, sentenceAround } from './extract';
import { findMentions } from './mentions';

/** [sentence, language, publish date, expected mention, expected date, precision, resolution] */
type Row = [string, 'fr' | 'en', string | null, string, string | null, string | null, string];

// Reference dates: Monday 28 October 2024 unless stated; 2024-11-13 is a Wednesday.
const table: Row[] = [
  // Absolute dates
  ['La réunion s’est tenue le 3 mars 2023 à Lyon.', 'fr', '2024-10-28', '3 mars 2023', '2023-03-03', 'day', 'absolute'],
  ['Le défilé du 1er mai a réuni des milliers de personnes.', 'fr', '2024-10-28', '1er mai', '2024-05-01', 'day', 'relative'],
  ['The summit opened on March 3, 2023 in Brussels.', 'en', '2024-10-28', 'March 3, 2023', '2023-03-03', 'day', 'absolute'],
  ['Jeudi 24 octobre, des soldats ont tiré sur une voiture.', 'fr', '2024-10-28', 'Jeudi 24 octobre', '2024-10-24', 'day', 'relative'],
  ['Il a parlé vendredi 14 février devant la presse.', 'fr', null, 'vendredi 14 février', null, null, 'unresolved'],
  // Day names relative to the publish date
  ['Zelensky avait affirmé ce vendredi que des soldats allaient combattre.', 'fr', '2024-10-28', 'ce vendredi', '2024-10-25', 'day', 'relative'],
  ['Kiev a annoncé lundi avoir arrêté un volontaire.', 'fr', '2024-10-28', 'lundi', '2024-10-28', 'day', 'relative'],
  ['Les Etats-Unis ont confirmé mardi la présence de troupes.', 'fr', '2024-11-13', 'mardi', '2024-11-12', 'day', 'relative'],
  ['Blinken doit rencontrer vendredi les responsables de l’Otan.', 'fr', '2024-11-13', 'vendredi', '2024-11-15', 'day', 'relative'],
  ['Il reviendra lundi prochain.', 'fr', '2024-11-13', 'lundi prochain', '2024-11-18', 'day', 'relative'],
  ['The minister resigned last Tuesday.', 'en', '2024-10-28', 'last Tuesday', '2024-10-22', 'day', 'relative'],
  ['The strike began on Friday.', 'en', '2024-10-28', 'on Friday', '2024-10-25', 'day', 'relative'],
  ['Le maire avait alerté la préfecture la veille.', 'fr', '2024-10-28', 'la veille', '2024-10-27', 'day', 'relative'],
  ['Le 3 mars 2023, la crue a commencé ; la veille, la pluie était tombée sans arrêt.', 'fr', null, 'la veille', '2023-03-02', 'day', 'inferred'],
  ['Le bureau a été cambriolé hier soir.', 'fr', '2024-10-28', 'hier', '2024-10-27', 'day', 'relative'],
  ['L’Ukraine a été attaquée cette nuit par 100 drones.', 'fr', '2024-10-28', 'cette nuit', '2024-10-28', 'day', 'relative'],
  // Nights and spans
  ['Dans la nuit du 4 au 5 avril, la rivière a débordé.', 'fr', '2024-10-28', 'Dans la nuit du 4 au 5 avril', '2024-04-04/2024-04-05', 'span', 'relative'],
  ['Dans la nuit de jeudi à vendredi, les pompiers sont intervenus.', 'fr', '2024-10-28', 'Dans la nuit de jeudi à vendredi', '2024-10-24/2024-10-25', 'span', 'relative'],
  ['Dans la nuit de samedi à dimanche, 145 drones ont visé l’Ukraine.', 'fr', '2024-11-13', 'Dans la nuit de samedi à dimanche', '2024-11-09/2024-11-10', 'span', 'relative'],
  ['Le festival aura lieu du 3 au 5 mai 2025.', 'fr', '2024-10-28', 'du 3 au 5 mai 2025', '2025-05-03/2025-05-05', 'span', 'absolute'],
  ['Six officiers sont morts, a affirmé un média le week-end dernier.', 'fr', '2024-10-13', 'le week-end dernier', '2024-10-05/2024-10-06', 'span', 'relative'],
  ['La récolte a été bonne au printemps.', 'fr', '2024-10-28', 'au printemps', '2024-03-20/2024-06-20', 'span', 'relative'],
  // Months and vague dates
  ['Poutine a effectué une visite à Pyongyang en juin.', 'fr', '2024-10-28', 'en juin', '2024-06', 'month', 'relative'],
  ['Les travaux reprendront mi-janvier.', 'fr', '2024-10-28', 'mi-janvier', '2025-01', 'month', 'relative'],
  ['L’Ukraine détient ce territoire depuis août.', 'fr', '2024-10-28', 'depuis août', '2024-08', 'month', 'relative'],
  ['Les prix ont flambé depuis septembre.', 'fr', '2024-10-28', 'depuis septembre', '2024-09', 'month', 'relative'],
  ['L’offensive lancée en février 2022 par Moscou.', 'fr', '2024-10-28', 'en février 2022', '2022-02', 'month', 'absolute'],
  ['La loi sera votée fin 2023.', 'fr', '2023-05-02', 'fin 2023', '2023', 'year', 'absolute'],
  ['Prices rose sharply in May 2023.', 'en', '2024-10-28', 'in May 2023', '2023-05', 'month', 'absolute'],
  ['The plant closed in early September.', 'en', '2024-10-28', 'early September', '2024-09', 'month', 'relative'],
  ['Un accord activé au début du mois de décembre.', 'fr', '2024-12-17', 'au début du mois de décembre', '2024-12', 'month', 'relative'],
  // Times
  ['Le maire a parlé lors d’un point presse à 7 h 45.', 'fr', '2025-03-14', 'à 7 h 45', '2025-03-14T07:45', 'time', 'relative'],
  ['Les drones sont arrivés à partir de 19 h le 27 octobre.', 'fr', '2024-10-28', 'de 19 h le 27 octobre', '2024-10-27T19:00', 'time', 'relative'],
  ['Le conseil se réunit jeudi à 21 h.', 'fr', '2024-10-28', 'jeudi à 21 h', '2024-10-24T21:00', 'time', 'relative'],
  ['Police arrived at 9:30 pm.', 'en', '2024-10-28', 'at 9:30 pm', '2024-10-28T21:30', 'time', 'relative'],
  // Counted back from the publish date
  ['L’usine a fermé il y a trois jours.', 'fr', '2024-10-28', 'il y a trois jours', '2024-10-25', 'day', 'relative'],
  ['Le texte a été voté il y a deux semaines.', 'fr', '2024-10-28', 'il y a deux semaines', '2024-10-14/2024-10-20', 'span', 'relative'],
  ['The factory closed two days ago.', 'en', '2024-10-28', 'two days ago', '2024-10-26', 'day', 'relative'],
  ['Le maire a été élu l’an dernier.', 'fr', '2024-10-28', 'l’an dernier', '2023', 'year', 'relative'],
  ['Les loyers ont augmenté le mois dernier.', 'fr', '2024-10-28', 'le mois dernier', '2024-09', 'month', 'relative'],
  ['Une enquête a été ouverte la semaine dernière.', 'fr', '2024-10-28', 'la semaine dernière', '2024-10-21/2024-10-27', 'span', 'relative'],
  ['Les combats ont repris à la mi-octobre.', 'fr', '2024-10-28', 'à la mi-octobre', '2024-10', 'month', 'relative'],
  ['Le rapport sera publié fin novembre.', 'fr', '2024-10-28', 'fin novembre', '2024-11', 'month', 'relative'],
  ['Elections were held on 3/11/2024.', 'en', '2024-11-20', '3/11/2024', '2024-03-11', 'day', 'absolute'],
  ['La réforme date de l’été 2023.', 'fr', '2024-10-28', 'de l’été 2023', '2023-06-21/2023-09-22', 'span', 'absolute'],
  ['He returned home yesterday.', 'en', '2024-10-28', 'yesterday', '2024-10-27', 'day', 'relative'],
  ['Talks resumed last week.', 'en', '2024-10-28', 'last week', '2024-10-21/2024-10-27', 'span', 'relative'],
  // Unresolved without a publish date
  ['Le ministre a démissionné mardi.', 'fr', null, 'mardi', null, null, 'unresolved'],
]; // prettier-ignore

/** Sentences that name no event date. */
const notEvents: [string, 'fr' | 'en'][] = [
  ['Un homme de 45 ans a été interpellé.', 'fr'],
  ['Le chantier a été mené en trois semaines.', 'fr'],
  ['The work was finished in three weeks.', 'en'],
  ['A 45-year-old man was arrested.', 'en'],
  ['Photo : AFP / Jean Dupuis, 3 mars 2023', 'fr'],
  ['Publish date : 2024-10-28 13:15:52', 'fr'],
  ['Publié le 14 mars 2025 à 08h12', 'fr'],
  ['Depuis plusieurs semaines, l’ennemi se prépare.', 'fr'],
  ['Environ 150 000 civils ont fui en deux mois.', 'fr'],
  ['L’acteur est mort à 54 ans, maintenant oublié.', 'fr'],
  ['La Russie a été attaquée par 5 habitants.', 'fr'],
  ['You may want to read this.', 'en'],
];

function events(sentence: string, language: 'fr' | 'en', publishedAt: string | null) {
  return resolveAll(findMentions(sentence, language), publishedAt);
}

describe('temporal expressions, French and English', () => {
  it.each(table)('%s (%s, published %s)', (sentence, language, published, mention, date, precision, resolution) => {
    const found = events(sentence, language, published);
    // Each sentence dates one event, last; an earlier mention may give it its context.
    expect(found.at(-1)?.text).toEqual(mention);
    expect(found.length).toBe(sentence.startsWith('Le 3 mars 2023') ? 2 : 1);
    expect(found.at(-1)).toMatchObject({ date, precision, resolution });
  }); // prettier-ignore

  it.each(notEvents)('finds no event in “%s”', (sentence, language) => {
    expect(events(sentence, language, '2024-10-28')).toEqual([]);
  });

  it('resolves relative dates once the publish date is known', () => {
    const sentence = 'Le ministre a démissionné mardi, au lendemain du vote de lundi.';
    const before = events(sentence, 'fr', null);
    expect(before.every((event) => event.resolution === 'unresolved' && event.date === null)).toBe(
      true,
    );
    const after = resolveAll(before, '2024-11-13');
    expect(after.map((event) => event.date)).toEqual(['2024-11-12', '2024-11-11']);
  });

  it('infers a year-less date from the years the document states when it is undated', () => {
    const found = events('Le 2 mars 2023, la digue a cédé. Le 4 mars, l’eau a reflué.', 'fr', null);
    expect(found.map((event) => [event.date, event.resolution])).toEqual([
      ['2023-03-02', 'absolute'],
      ['2023-03-04', 'inferred'],
    ]);
  });
});

describe('a bare time takes the day of its own date context', () => {
  const dated = (text: string, publishedAt: string | null) =>
    resolveAll(findMentions(text, 'fr'), publishedAt, text).map((event) => [
      event.text,
      event.date,
    ]);

  it('ignores a date given in brackets as an aside', () => {
    const text =
      'Dans la nuit du 3 mars 2025 (à partir de 22 h le 2 mars), 40 drones ont été lancés. À 6 h 15, la défense a annoncé 31 drones abattus.';
    expect(dated(text, null).at(-1)).toEqual(['À 6 h 15', '2025-03-03T06:15']);
  });

  it('takes the day its own sentence names, before the publish day', () => {
    const text = 'La digue a cédé à 9 h 40 près du canal, le 5 avril 2025, selon la mairie.';
    expect(dated(text, '2025-04-07')).toContainEqual(['à 9 h 40', '2025-04-05T09:40']);
    // Without the text, the same expressions fall back to the publish day as before.
    const blind = resolveAll(findMentions(text, 'fr'), '2025-04-07');
    expect(blind.find((event) => event.text === 'à 9 h 40')?.date).toBe('2025-04-07T09:40');
  });
});

describe('the sentence kept with an event', () => {
  it('splits glued sentences and keeps the dating words in a long one', () => {
    const glued =
      'Il a parlé lundi.Volodymyr Zelensky avait affirmé ce vendredi que tout allait bien.';
    expect(sentenceAround(glued, glued.indexOf('ce vendredi'))).toBe(
      'Volodymyr Zelensky avait affirmé ce vendredi que tout allait bien.',
    );
    const long = `${'mot '.repeat(200)}jeudi ${'mot '.repeat(200)}.`;
    const kept = sentenceAround(long, long.indexOf('jeudi'));
    expect(kept).toContain('jeudi');
    expect(kept.length).toBeLessThanOrEqual(282);
  });
});
