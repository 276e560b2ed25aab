import type { Command } from './command';
import { corpusCommands } from './corpus.commands';
import { readerCommands } from './reader.commands';
import { searchCommands } from './search.commands';

export { UsageError, type Call, type Command } from './command';

/** Every command, by name, in the order the usage lists them. */
export const commands: Record<string, Command> = {
  ...corpusCommands,
  ...searchCommands,
  ...readerCommands,
};
