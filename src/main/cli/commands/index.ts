import type { Command } from './command';
import { corpusCommands } from './corpus.commands';
import { searchCommands } from './search.commands';
import { timelineCommands } from './timeline.commands';

export { UsageError, type Call, type Command } from './command';

/** Every command, by name, in the order the usage lists them. */
export const commands: Record<string, Command> = {
  ...corpusCommands,
  ...searchCommands,
  ...timelineCommands,
};
