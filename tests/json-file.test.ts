import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile, readJsonFileOrNull } from '@/lib/json-file';

const dir = mkdtempSync(path.join(tmpdir(), 'json-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const plan = z.strictObject({ mode: z.enum(['cold', 'incremental']), routes: z.number().int() });

describe('readJsonFile', () => {
  it('gives the value when the file fits the schema', () => {
    expect(readJsonFile(file('ok.json', '{"mode":"cold","routes":3}'), plan, 'a plan')).toEqual({ mode: 'cold', routes: 3 });
  });

  it('names the file and what it is not, for a missing file, a torn write and a foreign shape', () => {
    expect(() => readJsonFile(path.join(dir, 'absent.json'), plan, 'a plan')).toThrow(/absent\.json: not a plan \(ENOENT/);
    expect(() => readJsonFile(file('torn.json', '{"mode":"co'), plan, 'a plan')).toThrow(/torn\.json: not a plan \(/);
    expect(() => readJsonFile(file('other.json', '{"mode":"warm","routes":3}'), plan, 'a plan')).toThrow(/other\.json: not a plan \(/);
    expect(() => readJsonFile(file('extra.json', '{"mode":"cold","routes":3,"x":1}'), plan, 'a plan')).toThrow(/extra\.json: not a plan/);
  });
});

describe('readJsonFileOrNull', () => {
  it('gives the value, or null where readJsonFile throws', () => {
    expect(readJsonFileOrNull(file('ok2.json', '{"mode":"incremental","routes":0}'), plan)).toEqual({ mode: 'incremental', routes: 0 });
    expect(readJsonFileOrNull(path.join(dir, 'absent.json'), plan)).toBeNull();
    expect(readJsonFileOrNull(file('torn2.json', '[1,'), plan)).toBeNull();
    expect(readJsonFileOrNull(file('other2.json', '{"mode":"cold"}'), plan)).toBeNull();
  });
});
