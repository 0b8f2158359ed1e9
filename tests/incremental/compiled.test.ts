import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileReusable, currentNextBuildId, readCompiled } from '@/scripts/incremental/plan-build-files';

const dir = () => mkdtempSync(path.join(tmpdir(), 'compiled-'));

describe('compileReusable', () => {
  const recorded = { buildId: 'abc123', codeVersion: 'code-1' };

  it('reuses the compile only for the same code and the same build id in .next', () => {
    expect(compileReusable(recorded, 'code-1', 'abc123')).toBe(true);
  });

  it('compiles again when the code changed, another compile replaced it, or either record is missing', () => {
    expect(compileReusable(recorded, 'code-2', 'abc123')).toBe(false);
    expect(compileReusable(recorded, 'code-1', 'xyz789')).toBe(false);
    expect(compileReusable(recorded, 'code-1', null)).toBe(false);
    expect(compileReusable(null, 'code-1', 'abc123')).toBe(false);
  });
});

describe('currentNextBuildId and readCompiled', () => {
  it('read the build id Next wrote, without its line end, and null when there is none', () => {
    const d = dir();
    writeFileSync(path.join(d, 'BUILD_ID'), 'k9J_x-2\n');
    expect(currentNextBuildId(path.join(d, 'BUILD_ID'))).toBe('k9J_x-2');
    expect(currentNextBuildId(path.join(d, 'missing'))).toBeNull();
    writeFileSync(path.join(d, 'EMPTY'), '');
    expect(currentNextBuildId(path.join(d, 'EMPTY'))).toBeNull();
  });

  it('reads a record back, and treats one of another shape as none', () => {
    const d = dir();
    writeFileSync(path.join(d, 'ok.json'), '{"buildId":"b1","codeVersion":"c1"}');
    expect(readCompiled(path.join(d, 'ok.json'))).toEqual({ buildId: 'b1', codeVersion: 'c1' });
    writeFileSync(path.join(d, 'bad.json'), '{"buildId":"b1"}');
    expect(readCompiled(path.join(d, 'bad.json'))).toBeNull();
    expect(readCompiled(path.join(d, 'none.json'))).toBeNull();
  });
});
