import type { notesContract } from '../../../shared/contracts/notes.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { NotesService } from './notes.service';

/** Notes: write, find, cite, export. */
export function notesHandlers({ db }: ServiceContext): HandlersFor<keyof typeof notesContract> {
  const notes = new NotesService(db);
  return {
    'notes:list': ({ query }) => notes.list(query),
    'notes:get': ({ id }) => notes.get(id),
    'notes:create': ({ title, content }) => notes.create(title, content),
    'notes:rename': ({ id, title }) => notes.rename(id, title),
    'notes:duplicate': ({ id }) => notes.duplicate(id),
    'notes:delete': ({ id }) => notes.setDeleted(id, true),
    'notes:restore': ({ id }) => notes.setDeleted(id, false),
    'notes:save': ({ id, content }) => notes.save(id, content),
    'notes:citing': ({ passageId }) => notes.citing(passageId),
    'notes:passageSource': ({ passageId }) => notes.passageSource(passageId),
    'notes:export': ({ id, ...options }) => notes.export(id, options),
    'notes:exportAll': (options) => notes.exportAll(options),
  };
}
