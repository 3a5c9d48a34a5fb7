import { repairMojibake } from '../../src/clean/mojibake';
import { normaliseText } from '../../src/clean/normalise';

describe('repairMojibake: UTF-8 read as Windows-1252 or Latin-1', () => {
  it.each([
    ['Kremlinâ€™s', 'Kremlin’s'],
    ['â€œWe will demandâ€\u009d', '“We will demand”'],
    ['momentâ€¦', 'moment…'],
    ['cafÃ© crÃ¨me', 'café crème'],
    ['Ãœber', 'Über'],
    ['Â£5', '£5'],
    ['a â€“ b â€” c', 'a – b — c'],
    ['ðŸ˜€', '😀'],
    ['The Telegraph reported.Â', 'The Telegraph reported.'],
    ['2025.Â (KIRAN', '2025. (KIRAN'],
    ['said.Â\nNext', 'said.\nNext'],
  ])('%j -> %j', (input, expected) => {
    expect(repairMojibake(input).text).toBe(expected);
  });

  // Real accented text must come through untouched.
  it.each([
    'São Paulo',
    'Ångström and Øresund',
    'déjà vu à la carte',
    'naïve façade, coöperate',
    '£5 and €3',
    'Ñandú',
    'Âge d’or', // Â starting a word
    'Ã', // a lone letter is not a sequence
    'Zürich, Kraków, Çorlu',
  ])('leaves %j alone', (input) => {
    expect(repairMojibake(input)).toEqual({ text: input, repairs: 0 });
  });
});

describe('normaliseText', () => {
  it.each([
    ['no-break spaces become spaces', 'a\u00a0b\u202fc', 'a b c'],
    ['zero-width spaces and BOMs go', 'in\u200bvisible\ufeff', 'invisible'],
    ['soft hyphens go', 'hyphen\u00adation', 'hyphenation'],
    ['zero-width joiners stay (emoji, Indic scripts)', '👩\u200d🔬', '👩\u200d🔬'],
    ['CRLF and CR become LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['line and paragraph separators become LF', 'one\u2028two\u2029three', 'one\ntwo\nthree'],
    ['runs of spaces fold, lines are trimmed', '  a   b  \n c ', 'a b\nc'],
    ['NFC', 'e\u0301', 'é'],
    ['control characters go', 'a\u0007b', 'ab'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
