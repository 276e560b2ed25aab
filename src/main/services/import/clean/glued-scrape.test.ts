import { describe, expect, it } from 'vitest';
import { scrapeBlocks, splitBlocks } from './blocks';
import { cleanArticle } from './clean';

// Live blogs scraped by a tool that dropped every paragraph tag: headings, bullets and entries
// come out as one line, each glued to the next.
const frenchLiveBlog = [
  'La digue du Moulin a cédé vendredi peu avant minuit sous la pression de la Brenne en crue, et les pompiers ont évacué trois cents foyers des quartiers est de Valmont. La préfecture a ouvert deux centres d’accueil dans la nuit.',
  'Les habitants ont été conduits au gymnase et dans les écoles de la ville, où ils ont pu passer la nuit au sec.',
  'Ce qu’il faut retenir :⇒ La digue du Moulin a cédé dans la nuit⇒ Trois cents foyers évacués à Valmont⇒ La décrue attendue samedi à ValmontLe maire de Valmont demande l’aide de l’ÉtatLe maire de Valmont, Jean Morel, a demandé ce samedi l’aide de l’État pour reconstruire la digue. Il a été reçu par le préfet dans la matinée.',
  '”Nous ne pouvons pas payer seuls une digue de deux kilomètres”, a-t-il déclaré devant la mairie. Selon lui, les travaux coûteraient plusieurs millions d’euros.',
  'Les pompiers ont mené 112 interventions dans la nuitLes pompiers de la Brenne ont mené 112 interventions entre vendredi soir et samedi matin, selon le service départemental. Aucune victime n’est à déplorer.',
  'Les écoles de la ville resteront fermées lundi, a annoncé la préfecture de la Brenne, qui demande aux habitants de ne pas circuler près des berges.',
  'La décrue attendue samedi à ValmontLa Brenne devrait baisser à partir de samedi soir, selon les hydrologues de la préfecture. De nouvelles pluies sont attendues dans la région en début de semaine.',
  'Les assureurs promettent des indemnisations rapides aux sinistrés, qui ont trente jours pour déclarer les dégâts. Une cellule d’écoute a été ouverte à la mairie.',
].join('');

const englishLiveBlog = [
  'The Moulin dyke gave way shortly before midnight on Friday under the pressure of the flooded river, and firefighters evacuated three hundred homes in the east of Valmont. Two shelters were opened in the night.',
  'Residents were taken to the gym and to the town schools, where they could spend the night in the dry. Rescuers said the water rose by a metre in less than an hour.',
  'What we know so farThe mayor of Valmont said on Saturday that the town could not pay for the repairs on its own. He met the prefect in the morning.',
  'Firefighters carried out 112 operations overnight, the fire service said. No one was hurt, and the last residents of the riverbank were taken to safety before dawn.',
  'Schools will stay closed on Monday across ValmontRescuers said the river should start to fall on Saturday evening, but more rain is expected in the region early next week.',
  'The prefecture asked residents not to walk along the banks and to keep away from the broken dyke until engineers have inspected it.',
  'Insurers promised quick payments to the families whose homes were flooded, who have thirty days to declare the damage. A helpline has been opened at the town hall, and volunteers are handing out meals in the gym.',
  'The river rose faster than in the floods of 1982, when the old dyke held, according to the hydrologists who have followed the Brenne for the regional authority since the last great flood.',
  'Volunteers from the neighbouring villages came with boats and pumps on Saturday morning, and the town hall asked those who want to help to register first so that the rescue teams know who is on the water.',
].join('');

describe('a scrape that lost its paragraph breaks', () => {
  it('cuts a French live blog back into paragraphs, headings and bullets', () => {
    expect(splitBlocks(`Crue de la Brenne : le direct\n\n${frenchLiveBlog}\n\nFin.`)).toEqual([
      'Crue de la Brenne : le direct',
      'La digue du Moulin a cédé vendredi peu avant minuit sous la pression de la Brenne en crue, et les pompiers ont évacué trois cents foyers des quartiers est de Valmont. La préfecture a ouvert deux centres d’accueil dans la nuit.',
      'Les habitants ont été conduits au gymnase et dans les écoles de la ville, où ils ont pu passer la nuit au sec.',
      'Ce qu’il faut retenir :',
      '⇒ La digue du Moulin a cédé dans la nuit',
      '⇒ Trois cents foyers évacués à Valmont',
      '⇒ La décrue attendue samedi à Valmont',
      'Le maire de Valmont demande l’aide de l’État',
      'Le maire de Valmont, Jean Morel, a demandé ce samedi l’aide de l’État pour reconstruire la digue. Il a été reçu par le préfet dans la matinée.',
      '”Nous ne pouvons pas payer seuls une digue de deux kilomètres”, a-t-il déclaré devant la mairie. Selon lui, les travaux coûteraient plusieurs millions d’euros.',
      'Les pompiers ont mené 112 interventions dans la nuit',
      'Les pompiers de la Brenne ont mené 112 interventions entre vendredi soir et samedi matin, selon le service départemental. Aucune victime n’est à déplorer.',
      'Les écoles de la ville resteront fermées lundi, a annoncé la préfecture de la Brenne, qui demande aux habitants de ne pas circuler près des berges.',
      'La décrue attendue samedi à Valmont',
      'La Brenne devrait baisser à partir de samedi soir, selon les hydrologues de la préfecture. De nouvelles pluies sont attendues dans la région en début de semaine.',
      'Les assureurs promettent des indemnisations rapides aux sinistrés, qui ont trente jours pour déclarer les dégâts. Une cellule d’écoute a été ouverte à la mairie.',
      'Fin.',
    ]);
  });

  it('cuts an English one, a heading glued to a proper noun or to a word the page uses alone', () => {
    expect(splitBlocks(englishLiveBlog)).toEqual([
      'The Moulin dyke gave way shortly before midnight on Friday under the pressure of the flooded river, and firefighters evacuated three hundred homes in the east of Valmont. Two shelters were opened in the night.',
      'Residents were taken to the gym and to the town schools, where they could spend the night in the dry. Rescuers said the water rose by a metre in less than an hour.',
      'What we know so far',
      'The mayor of Valmont said on Saturday that the town could not pay for the repairs on its own. He met the prefect in the morning.',
      'Firefighters carried out 112 operations overnight, the fire service said. No one was hurt, and the last residents of the riverbank were taken to safety before dawn.',
      'Schools will stay closed on Monday across Valmont',
      'Rescuers said the river should start to fall on Saturday evening, but more rain is expected in the region early next week.',
      'The prefecture asked residents not to walk along the banks and to keep away from the broken dyke until engineers have inspected it.',
      'Insurers promised quick payments to the families whose homes were flooded, who have thirty days to declare the damage. A helpline has been opened at the town hall, and volunteers are handing out meals in the gym.',
      'The river rose faster than in the floods of 1982, when the old dyke held, according to the hydrologists who have followed the Brenne for the regional authority since the last great flood.',
      'Volunteers from the neighbouring villages came with boats and pumps on Saturday morning, and the town hall asked those who want to help to register first so that the rescue teams know who is on the water.',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    const glued = englishLiveBlog.replace(
      'the fire service said. No one',
      'the fire service said, "We will stay all night."No one',
    );
    expect(splitBlocks(glued)).toContain(
      'Firefighters carried out 112 operations overnight, the fire service said, "We will stay all night."',
    );
  });

  it('never cuts inside names written with a capital within', () => {
    const names = [
      'YouTube',
      'iPhone',
      'McDonald',
      'PlayStation',
      'LinkedIn',
      'TikTok',
      'BlackRock',
      'OpenAI',
    ];
    // Each name closes the first words of an entry, where a glued heading would end, and the
    // page also uses the halves on their own: "you", "in", "the rock", "Station Road".
    const entries = names.map(
      (name) =>
        `Shares in the company behind ${name} fell after the results. Analysts in London said you could see the rock bottom from Station Road and the Black Sea, in the black, open and at play.`,
    );
    const blocks = splitBlocks(`${englishLiveBlog}${entries.join('')}`);
    for (const name of names)
      expect(blocks).toContain(
        `Shares in the company behind ${name} fell after the results. Analysts in London said you could see the rock bottom from Station Road and the Black Sea, in the black, open and at play.`,
      );
    expect(blocks).toHaveLength(11 + names.length);
  });

  it('leaves lines of ordinary length alone, glued words and all', () => {
    const line =
      'Sommet des pays nordiquesLe président est arrivé en Islande.Il a rencontré les dirigeants.Puis il est reparti.';
    expect(splitBlocks(line)).toEqual([
      'Sommet des pays nordiquesLe président est arrivé en Islande. Il a rencontré les dirigeants. Puis il est reparti.',
    ]);
  });

  it('leaves a long paragraph alone when its stops are spaced', () => {
    const paragraph = Array(12).fill(frenchLiveBlog.slice(0, 220)).join(' ');
    expect(splitBlocks(paragraph)).toHaveLength(1);
  });

  it('keeps the headings and bullets cut from a line in the article with its paragraphs', () => {
    for (const liveBlog of [frenchLiveBlog, englishLiveBlog]) {
      const { blocks } = cleanArticle(
        scrapeBlocks(`Crue de la Brenne : le direct\n\n${liveBlog}\n\nFin.`),
        {},
        'text',
      );
      // Alone, a few of these short lines read to the prose model as page furniture.
      expect(blocks.slice(1, -1).filter((block) => block.kind !== 'body')).toEqual([]);
      expect(blocks.at(-1)).toMatchObject({ text: 'Fin.', kind: 'outside' });
    }
  });
});
