import type { Command } from './command';
import { corpusCommands } from './corpus.commands';
import { notesCommands } from './notes.commands';
import { importCommands } from './import.commands';
import { maintenanceCommands } from './maintenance.commands';
import { crosscheckCommands } from './crosscheck.commands';
import { embeddingCommands } from './embedding.commands';
import { readerCommands } from './reader.commands';
import { searchCommands } from './search.commands';
import { timelineCommands } from './timeline.commands';

export { UsageError, type Call, type Command } from './command';

/** Every command, by name, in the order the usage lists them. */
export const commands: Record<string, Command> = {
  ...corpusCommands,
  ...searchCommands,
  ...notesCommands,
  ...importCommands,
  ...maintenanceCommands,
  ...timelineCommands,
  ...crosscheckCommands,
  ...embeddingCommands,
  ...readerCommands,
};
