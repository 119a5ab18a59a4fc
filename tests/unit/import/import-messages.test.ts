import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, parseText } from '../../../src/lib/import/import';
import { describeError } from '../../../src/lib/import/import-messages';

describe('jsonErrorPlace', () => {
  it.each<[string, string, string, { line: number; column: number } | null]>([
    [
      'line and column named (Chromium)',
      `Expected ',' or '}' after property value in JSON at position 14 (line 2 column 6)`,
      '{"a": 1,\n "b" 2}',
      { line: 2, column: 6 },
    ],
    [
      'a position only (older V8)',
      'Unexpected number in JSON at position 14',
      '{"a": 1,\n "b" 2}',
      { line: 2, column: 6 },
    ],
    ['an early end', 'Unexpected end of JSON input', '[{"a": 1}\n', { line: 1, column: 10 }],
    [
      'line and column in Firefox words',
      'JSON.parse: expected property name at line 3 column 1 of the JSON data',
      '{\n\n}',
      { line: 3, column: 1 },
    ],
    ['nothing to go by', `Unexpected token 'x', "[x]" is not valid JSON`, '[x]', null],
  ])('%s', (_, message, text, want) => {
    expect(jsonErrorPlace(message, text)).toEqual(want);
  });
});

describe('a malformed JSON file', () => {
  const broken = '[{"id": "a",\n  "title_zh": "甲" "type": "law"}]';

  it.each([
    ['zh', /^JSON 格式有误：第 2 行第 \d+ 列附近无法读取。/],
    ['en', /^The JSON is malformed near line 2, column \d+\./],
  ] as const)('is described in the UI language (%s), with no browser English', async (lang, re) => {
    const p = await parseText(broken, 'x.json');
    const text = describeError(p.errors[0]!, lang);
    expect(text).toMatch(re);
    expect(text).not.toMatch(/Expected|Unexpected|position/);
  });

  it('shows the text where it failed as the value', async () => {
    const p = await parseText(broken, 'x.json');
    expect(p.errors[0]!.value).toContain('"type": "law"');
  });

  it('without a place, still says what to do in the UI language', () => {
    const e = { file: 'x.json', row: 0, column: '', value: '', code: 'parse' as const };
    expect(describeError({ ...e, expected: 'json' }, 'zh')).toMatch(/^JSON 格式有误，无法读取/);
    expect(describeError({ ...e, expected: 'json' }, 'en')).toMatch(/^The JSON is malformed/);
  });
});
