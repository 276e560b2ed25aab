import {
  FUNCTION_WORDS,
  buildVocabulary,
  seededRandom,
  zipfSampler,
  type BenchLanguage,
} from './vocabulary';

/** One generated article file. */
export interface GeneratedArticle {
  name: string;
  bytes: Uint8Array;
  language: BenchLanguage;
  words: number;
}

interface Outlet {
  name: string;
  language: BenchLanguage;
  header: string[];
  footer: string[];
}

interface NewsEvent {
  place: string;
  people: string[];
  topic: Record<BenchLanguage, string[]>;
  quotes: Record<BenchLanguage, string[]>;
  figures: string[];
  date: Date;
}

const OUTLET_NAMES: [string, BenchLanguage][] = [
  ['Le Quotidien du Nord', 'fr'],
  ['La Gazette de l’Est', 'fr'],
  ['Ouest Matin', 'fr'],
  ['Le Courrier National', 'fr'],
  ['Midi Info', 'fr'],
  ['The Morning Ledger', 'en'],
  ['Continental Herald', 'en'],
  ['The Evening Wire', 'en'],
];

const FRENCH_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const ENGLISH_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

const VOCABULARY_SIZE = 30_000;
const WORDS_MIN = 300;
const WORDS_MAX = 2000;

/**
 * A seeded generator of news corpora: several outlets (French and English) cover the same
 * events, repeating the event's quotes, names and figures in their own words, with menus,
 * bylines, "read also" headlines and comment forms around the body, as scraped pages have.
 */
export class CorpusGenerator {
  private readonly random: () => number;
  private readonly vocabulary: Record<BenchLanguage, string[]>;
  private readonly zipf: () => number;
  private readonly outlets: Outlet[];
  private readonly events: NewsEvent[] = [];

  constructor(seed = 42) {
    this.random = seededRandom(seed);
    this.vocabulary = {
      fr: buildVocabulary('fr', VOCABULARY_SIZE, this.random),
      en: buildVocabulary('en', VOCABULARY_SIZE, this.random),
    };
    this.zipf = zipfSampler(VOCABULARY_SIZE, this.random);
    this.outlets = OUTLET_NAMES.map(([name, language]) => this.outlet(name, language));
  }

  /** Generates `count` articles one at a time (so 100k never sit in memory at once). */
  *articles(count: number): Generator<GeneratedArticle> {
    for (let index = 0; index < count; index++) {
      // Each event is covered by about four outlets, close together in the stream.
      if (index % 4 === 0 || this.events.length === 0) this.events.push(this.event(index));
      const event = this.pickEvent();
      const outlet = this.pick(this.outlets);
      yield this.article(index, event, outlet);
    }
  }

  private pickEvent(): NewsEvent {
    // Mostly the latest events, sometimes an older one (follow-ups weeks later).
    const recent = this.random() < 0.85;
    const span = recent ? Math.min(3, this.events.length) : this.events.length;
    return this.events[this.events.length - 1 - Math.floor(this.random() * span)]!;
  }

  private article(index: number, event: NewsEvent, outlet: Outlet): GeneratedArticle {
    const language = outlet.language;
    const target = WORDS_MIN + Math.floor(Math.pow(this.random(), 1.6) * (WORDS_MAX - WORDS_MIN));
    const published = new Date(event.date.getTime() + Math.floor(this.random() * 3) * 86_400_000);
    const body: string[] = [];
    let words = 0;
    while (words < target) {
      const paragraph = this.random() < 0.2 ? this.quoteParagraph(event, language) : '';
      const text = paragraph || this.paragraph(event, language);
      body.push(text);
      words += text.split(' ').length;
    }
    const title = this.capitalise(this.sentence(event, language, 6 + this.int(6)).slice(0, -1));
    const lines = [
      ...outlet.header,
      '',
      title,
      '',
      this.dateLine(published, language),
      '',
      ...body.flatMap((paragraph) => [paragraph, '']),
      ...outlet.footer.map((line) =>
        line.includes('{headline}') ? line.replace('{headline}', this.headline(language)) : line,
      ),
    ];
    const text = lines.join('\n');
    const name = `${String(index).padStart(6, '0')}-${outlet.name.replace(/\W+/g, '-')}.txt`;
    return { name, bytes: new TextEncoder().encode(text), language, words };
  }

  private paragraph(event: NewsEvent, language: BenchLanguage): string {
    const sentences: string[] = [];
    const count = 4 + this.int(7);
    for (let index = 0; index < count; index++) {
      sentences.push(this.sentence(event, language, 8 + this.int(18)));
    }
    if (this.random() < 0.3) sentences.push(this.figureSentence(event, language));
    return sentences.join(' ');
  }

  private quoteParagraph(event: NewsEvent, language: BenchLanguage): string {
    const quote = this.pick(event.quotes[language]);
    const speaker = this.pick(event.people);
    const lead = this.sentence(event, language, 8 + this.int(10));
    return language === 'fr'
      ? `${lead} « ${quote} », a déclaré ${speaker}.`
      : `${lead} "${quote}," said ${speaker}.`;
  }

  private figureSentence(event: NewsEvent, language: BenchLanguage): string {
    const figure = this.pick(event.figures);
    return language === 'fr'
      ? `Selon les autorités de ${event.place}, ${figure} personnes sont concernées.`
      : `According to officials in ${event.place}, ${figure} people are affected.`;
  }

  /** A sentence mixing function words, the event's topic words and the corpus's Zipf tail. */
  private sentence(event: NewsEvent, language: BenchLanguage, length: number): string {
    const functionWords = FUNCTION_WORDS[language];
    const out: string[] = [];
    for (let index = 0; index < length; index++) {
      const roll = this.random();
      if (roll < 0.42)
        out.push(functionWords[Math.floor(Math.pow(this.random(), 2) * functionWords.length)]!);
      else if (roll < 0.55) out.push(this.pick(event.topic[language]));
      else if (roll < 0.57) out.push(this.random() < 0.5 ? event.place : this.pick(event.people));
      else out.push(this.vocabulary[language][this.zipf()]!);
    }
    return `${this.capitalise(out.join(' '))}.`;
  }

  private event(index: number): NewsEvent {
    const name = () => this.capitalise(this.vocabulary.fr[1000 + this.int(20_000)]!);
    const topic = (language: BenchLanguage) =>
      Array.from({ length: 8 }, () => this.vocabulary[language][50 + this.int(5000)]!);
    const quotes = (language: BenchLanguage, topicWords: string[]) =>
      Array.from({ length: 3 }, () =>
        this.sentence(
          { ...this.blankEvent(), topic: { fr: topicWords, en: topicWords } },
          language,
          10 + this.int(12),
        ).slice(0, -1),
      );
    const topicFr = topic('fr');
    const topicEn = topic('en');
    // Events advance about a day every twenty articles from 2015, so 100k span a few years.
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(index / 20) * 86_400_000);
    return {
      place: name(),
      people: [`${name()} ${name()}`, `${name()} ${name()}`],
      topic: { fr: topicFr, en: topicEn },
      quotes: { fr: quotes('fr', topicFr), en: quotes('en', topicEn) },
      figures: Array.from({ length: 3 }, () => String(100 + this.int(90_000))),
      date,
    };
  }

  private blankEvent(): NewsEvent {
    return {
      place: 'X',
      people: ['X'],
      topic: { fr: [], en: [] },
      quotes: { fr: [], en: [] },
      figures: [],
      date: new Date(0),
    };
  }

  private outlet(name: string, language: BenchLanguage): Outlet {
    const french = language === 'fr';
    return {
      name,
      language,
      header: [
        name.toUpperCase(),
        french
          ? 'Accueil | Monde | Politique | Économie | Société | Sports | Culture'
          : 'Home | World | Politics | Business | Society | Sport | Culture',
        french ? 'Se connecter   S’abonner' : 'Sign in   Subscribe',
      ],
      footer: [
        french ? 'Lire aussi : {headline}' : 'Read more: {headline}',
        french ? 'Lire aussi : {headline}' : 'Read more: {headline}',
        '',
        french ? 'Commentaires (0)' : 'Comments (0)',
        french
          ? 'Vous devez être connecté pour commenter. Les commentaires sont modérés.'
          : 'You must be signed in to comment. Comments are moderated.',
        '',
        `© ${name} — ${french ? 'Tous droits réservés' : 'All rights reserved'}`,
      ],
    };
  }

  private headline(language: BenchLanguage): string {
    const words = Array.from({ length: 6 }, () => this.vocabulary[language][this.zipf()]!);
    return this.capitalise(words.join(' '));
  }

  private dateLine(date: Date, language: BenchLanguage): string {
    const day = date.getUTCDate();
    const year = date.getUTCFullYear();
    if (language === 'fr')
      return `Publié le ${day} ${FRENCH_MONTHS[date.getUTCMonth()]} ${year} à 08h30`;
    return `Published ${ENGLISH_MONTHS[date.getUTCMonth()]} ${day}, ${year}, 8:30 a.m.`;
  }

  private capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  private int(below: number): number {
    return Math.floor(this.random() * below);
  }
}
