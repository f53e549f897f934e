import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model/annotation';

const CLASS_PREFIX = 'yuedu-highlight-';

/** The light-theme colours of the reader, so other tools that honour W3C styles show the same tint. */
const CSS_BACKGROUND: Record<HighlightColor, string> = {
  yellow: 'rgb(255 214 0 / 0.45)',
  green: 'rgb(76 196 90 / 0.38)',
  blue: 'rgb(66 153 255 / 0.35)',
  pink: 'rgb(255 99 164 / 0.35)',
};

/** A highlight colour as the W3C `styleClass` of the annotation's target (model §4.4). */
export function colorStyleClass(color: HighlightColor): string {
  return `${CLASS_PREFIX}${color}`;
}

/** The embedded `CssStylesheet` that defines the style class, as the W3C model asks for styles. */
export function colorStylesheet(color: HighlightColor): { type: 'CssStylesheet'; value: string } {
  return {
    type: 'CssStylesheet',
    value: `.${colorStyleClass(color)} { background-color: ${CSS_BACKGROUND[color]}; }`,
  };
}

/** Reads the colour back from a `styleClass` (a string or a list); null when none is Yuedu's. */
export function colorFromStyleClass(styleClass: string | readonly string[] | undefined) {
  const classes = typeof styleClass === 'string' ? [styleClass] : (styleClass ?? []);
  for (const name of classes) {
    const color = name.startsWith(CLASS_PREFIX) ? name.slice(CLASS_PREFIX.length) : '';
    if ((HIGHLIGHT_COLORS as readonly string[]).includes(color)) return color as HighlightColor;
  }
  return null;
}
