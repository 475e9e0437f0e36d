// Each layering rule in eslint.config.js must fire: every fixture in test/fixtures/lint is linted
// as if it sat at the path its first line names, and must raise exactly the rule it expects (or,
// for the controls, nothing), so a hole in a zone fails here rather than in review.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'test/fixtures/lint');
const eslint = new ESLint({ cwd: ROOT });

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const as = /^\/\/ lint-as: (\S+)/m.exec(text)?.[1];
    const expect = /^\/\/ expect: (\S+)/m.exec(text)?.[1];
    if (!as || !expect) throw new Error(`${file}: needs "// lint-as:" and "// expect:" lines`);
    return { file, text, as, expect };
  });

describe('layering lint rules', () => {
  it('has fixtures for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  for (const c of cases) {
    it(`${c.file}: ${c.as} -> ${c.expect}`, async () => {
      const [result] = await eslint.lintText(c.text, { filePath: join(ROOT, c.as) });
      const rules = (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
      if (c.expect === 'none') expect(rules).toEqual([]);
      else expect(rules).toContain(c.expect);
    });
  }
});
