import type { Passage } from '../../../../shared/domain';
import { strings } from '../../lib/strings';
import { contextSections } from './context-sections';
import './context-panel.css';

interface ContextPanelProps {
  passage: Passage | null;
  onOpen: (documentId: number, ordinal: number) => void;
}

/**
 * The side panel: the context of the focused passage, one section per feature (its highlights,
 * other sources; notes citing it and events it dates plug in through `contextSections`).
 */
export function ContextPanel({ passage, onOpen }: ContextPanelProps) {
  return (
    <aside className="context-panel" aria-label={strings.context.title} tabIndex={-1}>
      {passage && <p className="context-panel__for">{strings.context.passage(passage.ordinal)}</p>}
      {contextSections.map(({ id, Section }) => (
        <Section key={id} passage={passage} onOpen={onOpen} />
      ))}
    </aside>
  );
}
