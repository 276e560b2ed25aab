import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../../tests/support/temp-corpus';
import { prepareDocument } from '../preparation';

// The one piece of markup the page shows as characters (written &lt;script&gt; in its source).
const QUOTED = "<script>alert('quoted')</script>";

describe('a hostile saved web page', () => {
  it('stores only words: no markup, handler, script URL or remote address in any block', async () => {
    const bytes = readFileSync(join(fixturesDir, 'hostile-page.html'));
    const { content, blocks } = await prepareDocument(bytes, 'hostile-page.html');
    expect(content.title).toBe('Saint-Aubin levee holds: a booby-trapped page');
    expect(content.text).toContain('Residents were asked to click here for the notice');
    expect(content.text).toContain('Firefighters moved 800 residents');
    expect(content.text).toContain(QUOTED);
    const stored = [content.text, content.title, ...blocks.map((block) => block.text)];
    for (const text of stored.map((value) => value.replaceAll(QUOTED, ''))) {
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/javascript:|\bon[a-z]+\s*=|srcdoc|recoupePwned|alert\(/i);
      expect(text).not.toMatch(/https?:|example\.com|\.swf|\.png|\.css|\.js\b/i);
    }
    // Fields taken from the page's metadata are words too; its <base> is not its address.
    expect(content.url).toBeNull();
    expect(content.author).toBe('Ruth Calloway');
  });
});
