import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security';

describe('the content security policy', () => {
  it('uses the same strict CSP as the page itself: no eval, no inline code, nothing remote', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|wasm-unsafe/);
    const page = readFileSync(
      join(import.meta.dirname, '..', '..', 'renderer', 'index.html'),
      'utf8',
    );
    const meta = page.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)![1]!;
    // frame-ancestors is ignored in a <meta> policy, so the header adds it.
    expect(meta).toBe(
      directives.filter((directive) => !directive.startsWith('frame-ancestors')).join('; '),
    );
  });
});
