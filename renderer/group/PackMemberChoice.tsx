import type { Creator } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';

/** Whose highlights go in a pack: mine, everyone's, or the members ticked (`me` among them). */
export type PackWhose = 'me' | 'all' | 'chosen';

/** The `members` of `pack:export` for a choice; null when "chosen" has nobody ticked. */
export function packMembers(
  whose: PackWhose,
  ticked: ReadonlySet<string>,
  members: readonly Creator[],
): 'all' | string[] | null {
  if (whose === 'all') return 'all';
  if (whose === 'me') return ['me'];
  // In the order the list shows them, so the same choice always makes the same request.
  const ids = ['me', ...members.map((m) => m.id)].filter((id) => ticked.has(id));
  return ids.length === 0 ? null : ids;
}

/** Mine / Everyone's / Chosen members, with a checkbox per member (me first) for the last. */
export function PackMemberChoice({
  whose,
  onWhose,
  members,
  ticked,
  onToggle,
}: {
  whose: PackWhose;
  onWhose: (whose: PackWhose) => void;
  members: readonly Creator[];
  ticked: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="settings-group">
      <legend>{t('pack.whose')}</legend>
      <div className="choice-row">
        {(['me', 'all', 'chosen'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="pack-whose"
              value={choice}
              checked={whose === choice}
              onChange={() => onWhose(choice)}
            />
            {t(`pack.whose.${choice}`)}
          </label>
        ))}
      </div>
      {whose === 'chosen' && (
        <fieldset className="pack-members">
          <legend>{t('pack.members.legend')}</legend>
          {[{ id: 'me', name: t('pack.members.me') }, ...members].map((member) => (
            <label key={member.id}>
              <input
                type="checkbox"
                checked={ticked.has(member.id)}
                onChange={() => onToggle(member.id)}
              />
              <bdi>{member.name}</bdi>
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
