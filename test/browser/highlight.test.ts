/**
 * The dashboard's article highlighting (web/src/highlight.ts) and address check (web/src/dom.ts) on a
 * linkedom document, without a browser: the text comes out exactly as stored, markup in it stays text,
 * overlapping and out-of-range spans never throw, and only http(s) addresses become links.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { packageRoot } from '../../src/util/data.ts';

/** The little of a DOM node the tests read (the test files are typed without the DOM library). */
interface El { textContent: string | null; querySelectorAll(s: string): ArrayLike<El> & Iterable<El>; remove(): void; className: string; getAttribute(n: string): string | null; append(...n: unknown[]): void }
interface Doc { createElement(tag: string): El }
interface SpanIn { start: number; end: number; type: string; kind?: string; canonical: string | null; id: string | null }
interface TriggerIn { start: number; end: number; eventId: number | null; type: string; mode?: string | null }
interface Highlight {
  spansOf(d: { text: string; entities: SpanIn[]; triggers: TriggerIn[] }, evid: [number, number] | null): unknown[];
  highlighted(text: string, spans: readonly unknown[]): unknown;
}
interface DomHelpers { safeUrl(u: string | null | undefined): string | null; extLink(u: string | null | undefined, label?: string): El }

const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document, window });
const doc = document as unknown as Doc;
// Loaded by address so that the project's typecheck (no DOM library) does not follow into web/.
const hl = (await import(pathToFileURL(join(packageRoot, 'web', 'src', 'highlight.ts')).href)) as Highlight;
const dom = (await import(pathToFileURL(join(packageRoot, 'web', 'src', 'dom.ts')).href)) as DomHelpers;

/** Renders a document's text with its spans into a fresh element. */
function render(text: string, entities: SpanIn[], triggers: TriggerIn[] = [], evid: [number, number] | null = null): El {
  const box = doc.createElement('div');
  box.append(hl.highlighted(text, hl.spansOf({ text, entities, triggers }, evid)));
  return box;
}

/** The text of a rendering without the event-type labels put before event sentences. */
function plain(box: El): string {
  for (const t of [...box.querySelectorAll('.trigger-tag')]) t.remove();
  return box.textContent ?? '';
}

const ent = (text: string, word: string, kind: string, id: string | null = null): SpanIn => {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return { start, end: start + word.length, type: kind === 'person' ? 'PER' : 'LOC', kind, canonical: word, id };
};

test('entities, an event sentence and the evidence range are wrapped; the text is unchanged', () => {
  const text = 'Тоқаев Бакуге барды. Ол Әлиевпен кездесті.';
  const e1 = ent(text, 'Тоқаев', 'person', 'person:kassym-jomart-tokayev');
  const e2 = ent(text, 'Бакуге', 'place', 'place:baku');
  const trig: TriggerIn = { start: 0, end: text.indexOf('.') + 1, eventId: 7, type: 'CONSULT', mode: 'visit' };
  const box = render(text, [e1, e2], [trig], [0, 20]);
  const ents = [...box.querySelectorAll('.ent')];
  assert.deepEqual(ents.map((x) => x.textContent), ['Тоқаев', 'Бакуге']);
  assert.equal(ents[0]!.className, 'ent ent-person');
  assert.deepEqual([...box.querySelectorAll('.trigger-tag')].map((x) => x.textContent), ['CONSULT / visit #7']);
  assert.equal([...box.querySelectorAll('.trigger-tag')][0]!.getAttribute('href'), '#/event/7');
  assert.equal([...box.querySelectorAll('mark.evidence')].map((x) => x.textContent).join(''), text.slice(0, 20));
  assert.equal(plain(box), text);
});

test('markup in the text stays text: no element is created from it', () => {
  const text = 'Officials showed <script>alert(1)</script> and <img src=x onerror=alert(2)> to Kazakhstan.';
  const box = render(text, [ent(text, 'Kazakhstan', 'country', 'country:KAZ')]);
  assert.equal(box.querySelectorAll('script, img').length, 0);
  assert.equal(plain(box), text);
});

test('spans out of range, reversed, fractional or empty are dropped; overlapping ones nest', () => {
  const text = 'Ilham Aliyev met Kassym-Jomart Tokayev in Astana.';
  const bad: SpanIn[] = [
    { start: -3, end: 4, type: 'PER', canonical: null, id: null }, { start: 10, end: 5, type: 'PER', canonical: null, id: null },
    { start: 2, end: 2, type: 'PER', canonical: null, id: null }, { start: 1.5, end: 4, type: 'PER', canonical: null, id: null },
    { start: 40, end: 999, type: 'LOC', canonical: null, id: null },
  ];
  assert.equal(render(text, bad).querySelectorAll('.ent').length, 0);
  const outer: SpanIn = { start: 0, end: 12, type: 'PER', kind: 'person', canonical: 'Ilham Aliyev', id: 'person:ilham-aliyev' };
  const inner: SpanIn = { start: 6, end: 12, type: 'PER', kind: 'person', canonical: 'Aliyev', id: null };
  const box = render(text, [outer, inner], [{ start: 6, end: 38, eventId: null, type: 'CONSULT' }]);
  assert.equal(plain(box), text);
  assert.equal([...box.querySelectorAll('.trigger')].map((x) => x.textContent).join(''), text.slice(6, 38));
});

test('property: any spans over any text render without throwing and keep the text exactly', () => {
  const spanArb = (n: number) => fc.record({
    start: fc.integer({ min: -2, max: n + 2 }), end: fc.integer({ min: -2, max: n + 2 }),
    type: fc.constantFrom('PER', 'LOC', 'ORG', 'x y<z>'), kind: fc.option(fc.constantFrom('person', 'country', 'place', '"><b>'), { nil: undefined }),
    canonical: fc.option(fc.string(), { nil: null }), id: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  });
  fc.assert(fc.property(fc.string({ maxLength: 80 }).chain((text) => fc.tuple(
    fc.constant(text), fc.array(spanArb(text.length), { maxLength: 8 }),
    fc.array(fc.record({ start: fc.integer({ min: 0, max: text.length }), end: fc.integer({ min: 0, max: text.length }), eventId: fc.option(fc.nat(), { nil: null }), type: fc.constantFrom('AGREE', 'SUPPORT') }), { maxLength: 3 }),
    fc.option(fc.tuple(fc.integer({ min: -1, max: text.length }), fc.integer({ min: 0, max: text.length + 1 })), { nil: null }),
  )), ([text, ents, trigs, evid]) => {
    const box = render(text, ents, trigs, evid);
    assert.equal(box.querySelectorAll('b, script, img').length, 0);
    assert.equal(plain(box), text);
  }), { numRuns: 300 });
});

test('only http(s) addresses become links', () => {
  const cases: [string | null, string | null][] = [
    ['https://azertag.az/xeber/1', 'https://azertag.az/xeber/1'], ['http://example.kz/a?b=1', 'http://example.kz/a?b=1'],
    ['javascript:alert(1)', null], ['JaVaScRiPt:alert(1)', null], ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:x', null], ['/relative/path', null], ['//evil.example/x', null], ['', null], [null, null],
  ];
  for (const [u, want] of cases) assert.equal(dom.safeUrl(u), want, String(u));
  const bad = dom.extLink('javascript:alert(1)', 'original');
  assert.equal(bad.textContent, 'javascript:alert(1)');
  assert.equal((bad as unknown as { tagName?: string }).tagName, undefined, 'a text node, not a link');
  const good = dom.extLink('https://azertag.az/x', 'original');
  assert.equal(good.getAttribute('rel'), 'noopener noreferrer nofollow');
});
