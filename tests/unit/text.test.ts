import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipText, cutText, wellFormed } from '../../src/lib/text.ts';
import { parseNamed, PLAN } from '../../src/lib/records.ts';
import { serialiseRecord } from '../../src/lib/store.ts';
import { MAX_ITEM_LENGTH } from '../../src/lib/ratings.ts';

const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

test('text is cut on character boundaries, never inside a surrogate pair or a grapheme', () => {
  // 299 letters and an emoji (two code units) straddling the 300 limit: the emoji goes whole.
  const straddling = `${'a'.repeat(299)}😀`;
  assert.equal(straddling.slice(0, 300).length, 300);
  assert.ok(hasLoneSurrogate(straddling.slice(0, 300)), 'a plain slice splits the pair (what used to be stored)');
  assert.equal(cutText(straddling, 300), 'a'.repeat(299));
  // A flag (two regional indicators) and a family (joined by ZWJ) are not split either.
  assert.equal(cutText('ab🇬🇧', 4), 'ab');
  assert.equal(cutText('x👩‍👩‍👧', 5), 'x');
  assert.equal(cutText('café', 4), 'café');
  assert.equal(cutText('cafe\u0301', 4), 'caf', 'a letter and its combining accent stay together');
  // Within the limit: unchanged, except lone surrogates, which cannot be stored faithfully.
  assert.equal(cutText('short', 300), 'short');
  assert.equal(wellFormed('a\uD800b'), 'a\uFFFDb');
  assert.equal(clipText('abcdef', 4), 'abc…');
  assert.equal(clipText('ab😀def', 4), 'ab…');
});

test('an imported goal of 300+ characters is stored without a lone surrogate', () => {
  const text = `${'é'.repeat(MAX_ITEM_LENGTH - 1)}🎯 and more`;
  const raw = serialiseRecord(
    PLAN,
    { seeded: true, name: '🙂'.repeat(50), goals: [{ id: 'g1', horizon: 'short', text, status: 'planned', target: '' }] } as never,
    { rev: 1, savedAt: '' },
  );
  const loaded = parseNamed('plan', raw);
  assert.equal(loaded.status, 'ok');
  if (loaded.status !== 'ok') return;
  const goal = loaded.data.goals[0]!;
  assert.ok(goal.text.length <= MAX_ITEM_LENGTH);
  assert.equal(hasLoneSurrogate(goal.text), false);
  assert.equal(hasLoneSurrogate(loaded.data.name), false);
});
