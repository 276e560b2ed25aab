import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { strings } from '../lib/strings';
import type { ViewId } from './route';
import '../components/segmented.css';

/**
 * The main views, in the order the top bar shows them; each feature adds its own entry. Labels
 * are getters so they follow the interface language.
 */
export const views: { id: ViewId; readonly label: string }[] = [
  {
    id: 'reader',
    get label() {
      return strings.views.reader;
    },
  },
  {
    id: 'timeline',
    get label() {
      return strings.views.timeline;
    },
  },
  {
    id: 'cross-check',
    get label() {
      return strings.views.crossCheck;
    },
  },
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
      className="view-switcher segmented"
    >
      {views.map((view) => (
        <ToggleButton
          key={view.id}
          id={view.id}
          className="view-switcher__button segmented__button"
        >
          {view.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
