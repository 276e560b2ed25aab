/**
 * Major French and English outlets by web host. A host not listed names itself (without
 * "www."): the table only gives the names readers know, never guesses.
 */
const OUTLETS: Record<string, string> = {
  'lemonde.fr': 'Le Monde', 'lefigaro.fr': 'Le Figaro', 'liberation.fr': 'Libération',
  'lexpress.fr': 'L’Express', 'lepoint.fr': 'Le Point', 'nouvelobs.com': 'L’Obs',
  'francetvinfo.fr': 'franceinfo', 'ouest-france.fr': 'Ouest-France', '20minutes.fr': '20 Minutes',
  'leparisien.fr': 'Le Parisien', 'bfmtv.com': 'BFMTV', 'rfi.fr': 'RFI', 'france24.com': 'France 24',
  'lesechos.fr': 'Les Échos', 'latribune.fr': 'La Tribune', 'mediapart.fr': 'Mediapart',
  'huffingtonpost.fr': 'Le HuffPost', 'lci.fr': 'LCI', 'tf1info.fr': 'TF1 Info',
  'radiofrance.fr': 'Radio France', 'franceinter.fr': 'France Inter', 'europe1.fr': 'Europe 1',
  'rtl.fr': 'RTL', 'la-croix.com': 'La Croix', 'humanite.fr': 'L’Humanité',
  'courrierinternational.com': 'Courrier international', 'marianne.net': 'Marianne',
  'lavoixdunord.fr': 'La Voix du Nord', 'ladepeche.fr': 'La Dépêche du Midi',
  'sudouest.fr': 'Sud Ouest', 'letemps.ch': 'Le Temps', 'rts.ch': 'RTS', 'lesoir.be': 'Le Soir',
  'rtbf.be': 'RTBF', 'radio-canada.ca': 'Radio-Canada', 'ledevoir.com': 'Le Devoir',
  'lapresse.ca': 'La Presse', 'afp.com': 'AFP', 'ukrinform.fr': 'Ukrinform', 'arte.tv': 'Arte',
  'nytimes.com': 'The New York Times', 'washingtonpost.com': 'The Washington Post',
  'theguardian.com': 'The Guardian', 'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'reuters.com': 'Reuters',
  'apnews.com': 'AP', 'cnn.com': 'CNN', 'wsj.com': 'The Wall Street Journal',
  'ft.com': 'Financial Times', 'economist.com': 'The Economist', 'bloomberg.com': 'Bloomberg',
  'politico.com': 'Politico', 'politico.eu': 'Politico Europe', 'npr.org': 'NPR',
  'aljazeera.com': 'Al Jazeera', 'theatlantic.com': 'The Atlantic', 'newyorker.com': 'The New Yorker',
  'independent.co.uk': 'The Independent', 'telegraph.co.uk': 'The Telegraph',
  'thetimes.co.uk': 'The Times', 'latimes.com': 'Los Angeles Times', 'usatoday.com': 'USA Today',
  'nbcnews.com': 'NBC News', 'cbsnews.com': 'CBS News', 'abcnews.go.com': 'ABC News',
  'foxnews.com': 'Fox News', 'axios.com': 'Axios', 'time.com': 'TIME', 'newsweek.com': 'Newsweek',
  'dw.com': 'DW', 'euronews.com': 'Euronews', 'kyivindependent.com': 'The Kyiv Independent',
  'theverge.com': 'The Verge', 'wired.com': 'Wired', 'arstechnica.com': 'Ars Technica',
  'spiegel.de': 'Der Spiegel', 'zeit.de': 'Die Zeit', 'faz.net': 'FAZ', 'elpais.com': 'El País',
}; // prettier-ignore

/** A URL's host without "www." and kin, or null when it is not a web address. */
export function hostOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    if (!/^https?:$/.test(protocol)) return null;
    return hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '') || null;
  } catch {
    return null;
  }
}

/** The outlet a host belongs to, from the table (subdomains included), or null. */
export function knownOutlet(host: string): string | null {
  const parts = host.split('.');
  for (let index = 0; index < parts.length - 1; index++) {
    const name = OUTLETS[parts.slice(index).join('.')];
    if (name) return name;
  }
  return null;
}
