import { resolve } from 'node:path';
import type { ExportedFile, NoteSummary } from '../../../shared/notes-domain';
import { folderTargets, writeExportedFiles } from '../../services/export/write-files';
import { table } from '../format';
import { positiveInteger, UsageError, type Command, type CommandOptions } from './command';

function linkStyle(links: string | undefined): 'plain' | 'wiki' {
  if (links === undefined || links === 'plain') return 'plain';
  if (links === 'wiki') return 'wiki';
  throw new UsageError('--links must be plain or wiki.');
}

/** Writes the files an export produced and reports where each one went. */
function write(files: ExportedFile[], paths: { path: string; markdown: string }[], force = false) {
  writeExportedFiles(paths, force);
  return files.map((file, index) => ({ noteId: file.noteId, path: paths[index]!.path }));
}

async function exportNotes(
  call: Parameters<Command['run']>[0],
  [id]: string[],
  options: CommandOptions,
) {
  if (!options.out) throw new UsageError('export needs --out FILE (or --all --out FOLDER).');
  const exportOptions = { linkStyle: linkStyle(options.links), includeComments: true };
  if (options.all) {
    if (id !== undefined) throw new UsageError('export --all takes no NOTE_ID.');
    const files = await call('notes:exportAll', exportOptions);
    return write(files, folderTargets(resolve(options.out), files), options.force);
  }
  const file = await call('notes:export', { id: positiveInteger(id, 'NOTE_ID'), ...exportOptions });
  return write([file], [{ path: resolve(options.out), markdown: file.markdown }], options.force);
}

/** List notes and export them to Markdown. */
export const notesCommands: Record<string, Command> = {
  notes: {
    usage: 'notes',
    arguments: 0,
    summary: 'list the notes',
    run: (call) => call('notes:list', {}),
    print: (value) =>
      table(
        ['id', 'title', 'citations', 'updated'],
        (value as NoteSummary[]).map((note) => [
          note.id,
          note.title,
          note.citationCount,
          note.updatedAt,
        ]),
      ),
  },
  export: {
    usage: 'export NOTE_ID --out FILE | --all --out DIR',
    arguments: 1,
    summary: 'write notes as Markdown (never replaces a file without --force)',
    run: exportNotes,
    print: (value) =>
      (value as { path: string }[]).map((written) => `wrote ${written.path}`).join('\n'),
  },
};
