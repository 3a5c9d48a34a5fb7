import { detectLanguage } from '../../src/clean/language';
import { cleanArticle } from '../../src/clean';
import { extractEntityMentions } from '../../src/extract/entities';
import { layoutText } from '../../src/extract/text';
import type { RawArticle } from '../../src/types';

const ENGLISH = 'The minister said on Monday that the talks with the delegation from the north had been useful, and that both sides would meet again in the spring. It was the third round of talks this year, and the first to be held in the capital since the war began.';
const GERMAN = 'Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits seit Jahren durch die Wirtschaft. Auch in diesem Jahr wird die Messe in Köln wieder zum Treffpunkt der Branche, und die Aussteller zeigen, wie sich die Arbeit mit den Daten der Kunden verändert hat.';
const INDONESIAN = 'Pemerintah mengatakan bahwa program ini akan dilanjutkan pada tahun depan, karena hasil yang dicapai dalam dua tahun terakhir sudah sesuai dengan target. Menurut menteri, masyarakat juga bisa ikut mengawasi pelaksanaan program itu di daerah mereka masing-masing.';
const PORTUGUESE = 'O governo anunciou nesta sexta-feira que a nova ponte será aberta ao trânsito no próximo mês. Segundo o ministro, as obras foram concluídas dentro do prazo e o custo final ficou abaixo do previsto, o que não acontecia há muitos anos em projetos do mesmo porte.';
const FRENCH = 'Le gouvernement a annoncé vendredi que le nouveau pont sera ouvert à la circulation le mois prochain. Selon le ministre, les travaux ont été terminés dans les délais et le coût final est inférieur aux prévisions, ce qui ne se produisait plus depuis des années.';
const SCORES = 'Kyle Busch 5040 5 1 17 27 Martin Truex Jr. 5035 7 0 15 24 Kevin Harvick 5033 4 6 Denny Hamlin 5029 6 3 Joey Logano 5026 2 1 Alex Bowman 2257 1 0 Kurt Busch 2237 1 0';

describe('detectLanguage', () => {
  it.each([
    ['English news', ENGLISH, 'en'],
    ['German', GERMAN, 'de'],
    ['Indonesian', INDONESIAN, 'id'],
    ['Portuguese', PORTUGUESE, 'pt'],
    ['French', FRENCH, 'fr'],
    ['too short to tell', 'The talks went well.', null],
    ['a table of names and scores', SCORES, null],
  ])('%s', (_what, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('language of a cleaned article', () => {
  const raw = (body: string, language?: string): RawArticle => ({ sourcePath: 'x.txt', format: 'text', body, ...(language ? { language } : {}) });

  it('the text wins over wrong metadata', () => {
    expect(cleanArticle(raw(GERMAN, 'en')).language).toBe('de');
    expect(cleanArticle(raw(ENGLISH, 'de')).language).toBe('en');
  });

  it('metadata decides when the text cannot', () => {
    expect(cleanArticle(raw(SCORES, 'fr')).language).toBe('fr');
    expect(cleanArticle(raw(SCORES)).language).toBe('en');
  });

  it('an article in another language gets only the names the gazetteer knows', () => {
    const article = cleanArticle(raw(`${GERMAN} Die Regierung in Berlin und die Vereinten Nationen reagierten. Sagt Peter Schmidt.`));
    const found = extractEntityMentions(article, layoutText(article.text)).map((m) => m.rule.split(':')[0]);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(['gazetteer']));
  });
});
