import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// DESIGN.md's never-rules are lint errors, not conventions: each line below is a deliberate
// layer violation linted as if it sat at the given path, and must be refused.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('layer rules', () => {
  const violations: [string, string][] = [
    ['src/main/services/search/x.ts', "import { app } from 'electron';"],
    ['src/main/services/search/x.ts', "import { createBrowserServer } from '../../server/server';"],
    ['src/main/services/search/x.ts', "import { main } from '../../cli/index';"],
    ['src/main/services/search/x.ts', "import { register } from '../../ipc/register-handlers';"],
    ['src/main/services/search/x.ts', "import { strings } from '../../../renderer/src/lib/strings';"],
    ['src/main/services/search/x.ts', "import { openCorpus } from '../../app/corpus';"],
    ['src/main/services/x.ts', "import type { Handlers } from '../app/handlers';"],
    ['src/main/db/repositories/x.ts', "import { SearchService } from '../../services/search/search.service';"],
    ['src/main/db/repositories/x.ts', "import { dispatch } from '../../app/dispatch';"],
    ['src/main/app/x.ts', "import { app } from 'electron';"],
    ['src/main/app/x.ts', "import { createBrowserServer } from '../server/server';"],
    ['src/main/db/x.ts', "import { BrowserWindow } from 'electron';"],
    ['src/main/services/export/x.ts', "import { noteText } from '../notes/note-text';"],
    ['src/main/services/export/x.ts', "import { app } from 'electron';"],
    ['src/shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/shared/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/renderer/src/x.ts', "import { openDatabase } from '../../main/db/connection';"],
  ];
  it.each(violations)('refuses, in %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toHaveLength(1);
  });

  it('lets each layer use the one below it', async () => {
    const allowed: [string, string][] = [
      ['src/main/services/search/x.ts', "import { openDatabase } from '../../db/connection';"],
      ['src/main/cli/x.ts', "import { dispatch } from '../app/dispatch';"],
      ['src/main/server/x.ts', "import { dispatch } from '../app/dispatch';"],
      ['src/main/app/x.ts', "import { createHandlers } from '../services/search/search.handlers';"],
      ['src/main/app/x.ts', "import { openDatabase } from '../db/connection';"],
      ['src/main/db/x.ts', "import type { Channel } from '../../shared/contract';"],
      ['src/main/services/notes/x.ts', "import { noteToMarkdown } from '../export/note-to-markdown';"],
      ['src/main/services/export/x.ts', "import type { ExportOptions } from '../../../shared/notes-domain';"],
      ['src/main/services/search/x.test.ts', "import { createBrowserServer } from '../../server/server';"],
    ];
    for (const [filePath, code] of allowed) {
      expect(await restrictedImports(filePath, code), `${filePath}: ${code}`).toEqual([]);
    }
  });
}); // prettier-ignore
