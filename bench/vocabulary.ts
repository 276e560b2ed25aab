/** Word lists and a seeded random source for the synthetic corpus (not product code). */

/** Mulberry32: a tiny seeded PRNG, so every run generates the same corpus for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Languages the generator writes. */
export type BenchLanguage = 'fr' | 'en';

/** Function words, in rough frequency order, so sentences read (and detect) as the language. */
export const FUNCTION_WORDS: Record<BenchLanguage, readonly string[]> = {
  fr: `de la le les et des à en un une du dans que qui pour sur est par pas au plus a ne se ce
    avec il elle ont sont mais comme ou son sa ses leur nous été aussi selon après entre depuis
    sans sous cette ces avant lors dont tout très encore déjà`.split(/\s+/),
  en: `the of and to a in that is for on with as was by it at from has have be are this which
    an not but their were its had been they after also more than about into who over said
    would could during since before between under while against`.split(/\s+/),
};

/** Frequent content words, a few hundred per language, ahead of the generated long tail. */
export const COMMON_WORDS: Record<BenchLanguage, readonly string[]> = {
  fr: `gouvernement ministre président pays région ville habitants autorités sécurité guerre
    élections député loi projet budget économie entreprises emploi salariés grève syndicats
    réforme retraites santé hôpital médecins patients école enseignants élèves université
    police enquête justice tribunal procès avocat victimes témoins accident incendie pompiers
    inondations crue rivière tempête météo climat énergie électricité gaz prix inflation
    marché banque euros millions milliards pourcentage hausse baisse chiffres rapport étude
    chercheurs données agriculture agriculteurs récolte eau sécheresse transport train route
    aéroport frontière armée soldats troupes conflit négociations accord sommet diplomatie
    ambassadeur sanctions réfugiés migrants association manifestation manifestants colère
    opposition majorité parti campagne sondage vote scrutin conseil municipal maire commune
    département préfet décision mesure annonce déclaration conférence presse semaine mois
    année matin soir journée nuit début fin semaine dernier prochain premier nouveau grand
    petit important national international local européen français public privé social
    politique militaire humanitaire nucléaire industriel numérique technologie réseau
    internet téléphone données plateforme réseaux jeunes familles enfants femmes hommes
    population quartier centre rue bâtiment maison logement loyers construction travaux`.split(
    /\s+/,
  ),
  en: `government minister president country region city residents authorities security war
    election lawmaker bill project budget economy companies jobs workers strike unions reform
    pensions health hospital doctors patients school teachers students university police
    investigation justice court trial lawyer victims witnesses accident fire firefighters
    floods river storm weather climate energy electricity gas prices inflation market bank
    dollars millions billions percent rise fall figures report study researchers data
    farming farmers harvest water drought transport train road airport border army soldiers
    troops conflict talks agreement summit diplomacy ambassador sanctions refugees migrants
    charity protest protesters anger opposition majority party campaign poll vote ballot
    council mayor county governor decision measure announcement statement conference press
    week month year morning evening day night start end last next first new large small
    important national international local european american public private social political
    military humanitarian nuclear industrial digital technology network internet phone
    platform networks young families children women men population district centre street
    building house housing rents construction works`.split(/\s+/),
};

// Onsets, vowels and codas combine into a few thousand syllables per language, so invented
// words share character trigrams about as often as real words do (a small syllable set made
// every passage look alike to the embedder's trigram features).
const ONSETS: Record<BenchLanguage, readonly string[]> = {
  fr: 'b c d f g h j l m n p r s t v z ch br cr dr fr gr pl tr st qu gn vr bl cl fl pr'.split(' '),
  en: 'b c d f g h j k l m n p r s t v w y ch sh th br cr dr fr gr pl tr st sp sl bl cl fl pr wh'.split(
    ' ',
  ),
};
const VOWELS: Record<BenchLanguage, readonly string[]> = {
  fr: 'a e i o u é è ou ai au eu on an in oi ie'.split(' '),
  en: 'a e i o u ee oo ea ai ou ow oa ie y'.split(' '),
};
const CODAS: Record<BenchLanguage, readonly string[]> = {
  fr: ['', '', '', 'r', 'l', 's', 'n', 'x', 'c', 'nt', 'rt', 'st'],
  en: ['', '', '', 'r', 'l', 's', 'n', 't', 'ck', 'nd', 'rt', 'st', 'ng'],
};

/** Builds a vocabulary: the common words, then invented words for a realistic long tail. */
export function buildVocabulary(
  language: BenchLanguage,
  size: number,
  random: () => number,
): string[] {
  const seen = new Set<string>(COMMON_WORDS[language]);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  while (seen.size < size) {
    const count = 1 + Math.floor(random() * 3);
    let word = '';
    for (let index = 0; index < count; index++) {
      word += pick(ONSETS[language]) + pick(VOWELS[language]) + pick(CODAS[language]);
    }
    seen.add(word);
  }
  return [...seen];
}

/**
 * Samples ranks from a Zipf–Mandelbrot distribution (1 / (rank + offset)^exponent), so a few
 * content words are in a good share of the passages and most are rare: the shape that decides
 * FTS5 and BM25 costs. The offset flattens the head: content words (stop-words are drawn
 * apart) never reach the frequency of "the", and a heavier head made every passage look alike
 * to the embedder (background cosine ~0.6 instead of real text's ~0.2–0.4).
 */
export function zipfSampler(
  size: number,
  random: () => number,
  exponent = 1.07,
  offset = 40,
): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + offset, exponent);
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
