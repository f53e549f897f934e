const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The BCP 47 tag to state on a note's W3C body, or undefined when the text does not say: a note
 * written mostly in Chinese characters is `zh`; Latin letters could be any of many languages.
 */
export function noteLanguage(note: string): string | undefined {
  const han = note.match(HAN)?.length ?? 0;
  const latin = note.match(LATIN)?.length ?? 0;
  return han > 0 && han >= latin ? 'zh' : undefined;
}
