import { createContext, useContext } from 'react';
import type { PassageSource } from '../../../shared/note-content';

/** What citation nodes need from the app: opening a passage, and which sources are gone. */
export interface CitationActions {
  openPassage(source: PassageSource): void;
  missingPassageIds: ReadonlySet<number>;
}

/** Provided by the note editor around its content. */
export const CitationContext = createContext<CitationActions>({
  openPassage: () => undefined,
  missingPassageIds: new Set(),
});

/** The citation actions of the editor a node is rendered in. */
export const useCitationActions = () => useContext(CitationContext);
