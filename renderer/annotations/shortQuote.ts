/**
 * The start of a quote, for button labels that must stay short ("Delete highlight: 开放、包容…").
 * Counts code points, so a character outside the BMP is never cut in half.
 */
export function shortQuote(quote: string, maxChars = 12): string {
  const chars = Array.from(quote.replace(/\s+/g, ' ').trim());
  return chars.length <= maxChars ? chars.join('') : `${chars.slice(0, maxChars).join('')}…`;
}
