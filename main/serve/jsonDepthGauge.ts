const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Measures how deeply a JSON text nests while it streams in, before anything parses it, so a body
 * of a million `[` is refused after its 33rd byte instead of keeping JSON.parse (and the server)
 * busy for seconds. It counts brackets outside strings only; UTF-8 never puts these ASCII bytes
 * inside a multi-byte character, so scanning bytes is exact. Strings are skipped with indexOf.
 */
export class JsonDepthGauge {
  private depth = 0;
  private inString = false;
  /** Inside a string, the previous byte was a backslash that escapes the next one. */
  private escaped = false;

  constructor(private readonly maxDepth: number) {}

  /** Reads the next bytes; false once the nesting went deeper than `maxDepth`. */
  feed(bytes: Uint8Array): boolean {
    let i = 0;
    while (i < bytes.length) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i += 1;
          continue;
        }
        const quote = bytes.indexOf(QUOTE, i);
        const end = quote === -1 ? bytes.length : quote;
        let backslashes = 0;
        while (end - backslashes - 1 >= i && bytes[end - backslashes - 1] === BACKSLASH) {
          backslashes += 1;
        }
        if (quote === -1) {
          this.escaped = backslashes % 2 === 1;
          return true;
        }
        // An odd run of backslashes escapes this quote: the string goes on after it.
        if (backslashes % 2 === 0) this.inString = false;
        i = quote + 1;
        continue;
      }
      const byte = bytes[i]!;
      if (byte === QUOTE) this.inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        this.depth += 1;
        if (this.depth > this.maxDepth) return false;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) this.depth -= 1;
      i += 1;
    }
    return true;
  }
}
