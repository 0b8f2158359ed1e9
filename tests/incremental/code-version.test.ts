import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '@/scripts/incremental/code-version';

function repo(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'code-version-'));
  for (const [file, text] of Object.entries({ 'app/page.tsx': 'page', 'lib/x.ts': 'x', 'package-lock.json': '{}', 'tests/x.test.ts': 't', 'content/articles/a.txt': 'story' })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('codeVersion', () => {
  it('changes with a page, a library module, the lock file or SITE_URL', () => {
    const root = repo();
    const before = codeVersion(root, {});
    for (const file of ['app/page.tsx', 'lib/x.ts', 'package-lock.json']) {
      const other = repo();
      writeFileSync(path.join(other, file), 'changed');
      expect(codeVersion(other, {}), file).not.toBe(before);
    }
    expect(codeVersion(root, { SITE_URL: 'https://example.org' })).not.toBe(before);
  });

  it('stays the same when only tests or content change (content has its own page data)', () => {
    const root = repo();
    const before = codeVersion(root, {});
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'changed');
    writeFileSync(path.join(root, 'content/articles/b.txt'), 'another story');
    expect(codeVersion(root, {})).toBe(before);
  });
});
