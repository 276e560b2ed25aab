import type { ComponentType } from 'react';
import type { Passage } from '../../../../shared/domain';
import { SimilarPanel } from '../similar/SimilarPanel';
import { PassageHighlights } from './PassageHighlights';

/** What every section of the context panel receives. */
export interface ContextSectionProps {
  /** The focused passage, or null when none is (sections then show a hint or nothing). */
  passage: Passage | null;
  /** Opens a passage in the reader. */
  onOpen: (documentId: number, ordinal: number) => void;
}

/** One section of the context panel. */
export interface ContextSection {
  id: string;
  Section: ComponentType<ContextSectionProps>;
}

/**
 * The context panel's sections, in order. A feature adds one line here: the notes citing the
 * passage (backlinks), the timeline events it dates, the figures and quotes it shares.
 */
export const contextSections: ContextSection[] = [
  { id: 'highlights', Section: PassageHighlights },
  { id: 'similar', Section: SimilarPanel },
];
