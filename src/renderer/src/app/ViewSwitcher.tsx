import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { strings } from '../lib/strings';
import type { ViewId } from './route';

/** The main views, in the order the top bar shows them; each feature adds its own entry. */
export const views: { id: ViewId; label: string }[] = [
  { id: 'reader', label: strings.views.reader },
  { id: 'timeline', label: strings.views.timeline },
  { id: 'cross-check', label: strings.views.crossCheck },
];

/** Reader | Timeline | Cross-check, at the right of the top bar. */
export function ViewSwitcher({
  current,
  onChange,
}: {
  current: ViewId;
  onChange: (view: ViewId) => void;
}) {
  if (views.length < 2) return null;
  return (
    <ToggleButtonGroup
      aria-label={strings.views.label}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[current]}
      onSelectionChange={(keys) => {
        const [next] = [...keys];
        if (next) onChange(next as ViewId);
      }}
      className="view-switcher"
    >
      {views.map((view) => (
        <ToggleButton key={view.id} id={view.id} className="view-switcher__button">
          {view.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
