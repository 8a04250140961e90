/**
 * Regular English inflection for topic cues: the plural of a noun and the -s, -ed and -ing forms of a verb.
 * Irregular forms (shot, fled, kidnapped) are written out in the cue file instead.
 */

const VOWELS = /[aeiou]/;

/** One syllable ending consonant-vowel-consonant doubles its last letter: ban -> banned, rob -> robbing. */
function doublesFinal(word: string): boolean {
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word);
}

function endsInConsonantY(word: string): boolean {
  return word.length > 1 && word.endsWith('y') && !VOWELS.test(word[word.length - 2]!);
}

/** attack -> attacks, church -> churches, casualty -> casualties, gunman -> gunmen; others (crisis) are listed by hand. */
export function plural(word: string): string {
  if (word.endsWith('man')) return word.slice(0, -3) + 'men';
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (endsInConsonantY(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/** attack -> [attacks, attacked, attacking]; vote -> [votes, voted, voting]; ban -> [bans, banned, banning]. */
export function verbForms(word: string): string[] {
  if (endsInConsonantY(word)) return [word.slice(0, -1) + 'ies', word.slice(0, -1) + 'ied', word + 'ing'];
  if (word.endsWith('ee')) return [word + 's', word + 'd', word + 'ing'];
  if (word.endsWith('e')) return [word + 's', word + 'd', word.slice(0, -1) + 'ing'];
  const stem = doublesFinal(word) ? word + word[word.length - 1] : word;
  return [plural(word), stem + 'ed', stem + 'ing'];
}

/** The phrase and its plural, inflecting the last word: "suicide attack" -> also "suicide attacks". */
export function nounPhrases(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop()!;
  if (!/^[a-z]+$/.test(last)) return [phrase];
  return [phrase, [...words, plural(last)].join(' ')];
}

/** The phrase and its inflected forms, inflecting the first word: "claim responsibility" -> "claimed responsibility". */
export function verbPhrases(phrase: string): string[] {
  const [first, ...rest] = phrase.split(' ');
  if (first === undefined || !/^[a-z]+$/.test(first)) return [phrase];
  return [phrase, ...verbForms(first).map((form) => [form, ...rest].join(' '))];
}
