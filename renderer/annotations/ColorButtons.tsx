import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';

/** The four highlight colours as toggle buttons named by colour, shared by toolbar and popover. */
export function ColorButtons({
  selected,
  onPick,
}: {
  selected: HighlightColor;
  onPick: (color: HighlightColor) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="color-buttons" role="group" aria-label={t('highlight.color')}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`color-button swatch-${color}`}
          aria-label={t(`color.${color}`)}
          aria-pressed={selected === color}
          title={t(`color.${color}`)}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
