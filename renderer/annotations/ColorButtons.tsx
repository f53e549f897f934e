import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';

/**
 * The four highlight colours, shared by toolbar and popover. With `selected` they are toggles that
 * recolour (popover); without, each one is an action that highlights in its colour (toolbar).
 */
export function ColorButtons({
  selected,
  label,
  onPick,
}: {
  selected?: HighlightColor;
  /** The group's name, when "Colour" alone would not say what it colours. */
  label?: string;
  onPick: (color: HighlightColor) => void;
}) {
  const { t } = useI18n();
  const acts = selected === undefined;
  return (
    <div className="color-buttons" role="group" aria-label={label ?? t('highlight.color')}>
      {HIGHLIGHT_COLORS.map((color) => {
        const name = acts
          ? t('highlight.inColor', { color: t(`color.${color}`) })
          : t(`color.${color}`);
        return (
          <button
            key={color}
            type="button"
            className={`color-button swatch-${color}`}
            aria-label={name}
            aria-pressed={acts ? undefined : selected === color}
            title={name}
            onClick={() => onPick(color)}
          />
        );
      })}
    </div>
  );
}
