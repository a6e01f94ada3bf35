import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingWords } from '../../src/lib/search-match.ts';

test('search: a word Pagefind shortened until something matched is reported as not found', () => {
  assert.deepEqual(missingWords('pizza', ['PI', 'PI']), ['pizza']);
  assert.deepEqual(missingWords('blockchain', ['blocker', 'blocked']), ['blockchain']);
  assert.deepEqual(missingWords('cobol', ['Could']), ['cobol']);
  assert.deepEqual(missingWords('kubernetes rollout', ['rollout']), ['kubernetes']);
});

test('search: stems, prefixes, short words and case all count as found', () => {
  assert.deepEqual(missingWords('estimating', ['estimates']), []);
  assert.deepEqual(missingWords('negotiating', ['negotiation']), []);
  assert.deepEqual(missingWords('stake', ['stakeholder']), []);
  assert.deepEqual(missingWords('Scrum of scrums', ['scrum', 'Scrums']), []);
  assert.deepEqual(missingWords('IR35 day rate', ['IR35', 'day', 'rate']), []);
  assert.deepEqual(missingWords('café', ['cafe']), []);
  assert.deepEqual(missingWords('', []), []);
});
