import { describe, expect, it } from 'vitest';
import { buildFuzzyIndex } from './fuzzy';
import { compileMatcherData } from './compile-matcher-data';
import { openTrie } from './lazy-trie';
import { createMatcher, type MatchableEntity } from './matcher';
import { NO_RULES } from './matcher-data';
import { fold, hashFolded } from './normalize';

const place = (id: string, name: string): MatchableEntity => ({ id, kind: 'place', aliases: [{ text: name, case: 'capitalized' }] });
// Names that share a first word, as a big pack's do ("San Juan", "San José"…), and one that does not.
const SAN = ['San Juan', 'San José', 'San Pedro Sula', 'San Javier', ...Array.from({ length: 28 }, (_, i) => `San Otro${i}`)];
const ENTITIES = [...SAN.map((name, i) => place(`san-${i}`, name)), place('puerto-rico', 'Puerto Rico')];

const openedTrie = () => openTrie(compileMatcherData(ENTITIES, NO_RULES, buildFuzzyIndex([])).trie);

describe('openTrie', () => {
  it("puts a first word's longer names in by their second word, when the page meets it", () => {
    const trie = openedTrie();
    const san = trie.child('san')!;
    expect(san.next.size).toBe(0);
    expect(san.waits).toBe(true);
    const pedro = trie.next(san, 'pedro')!;
    expect([...san.next.keys()]).toEqual(['pedro']);
    // Below the second word the path is whole.
    expect(pedro.next.get('sula')!.targets.map((t) => t.entity)).toEqual([2]);
    expect(trie.next(san, 'diego')).toBeUndefined();
  });

  it('puts a first word of a few longer names in whole', () => {
    const puerto = openedTrie().child('puerto')!;
    expect(puerto.waits).toBeUndefined();
    expect(puerto.next.get('rico')!.targets.map((t) => t.entity)).toEqual([SAN.length]);
  });

  it('lists the children of one letter in the order of the whole trie, for typos', () => {
    const trie = openedTrie();
    const san = trie.child('san')!;
    trie.next(san, 'javier');
    expect(trie.childrenStartingWith(san, 'j').map(([word]) => word)).toEqual(['juan', 'jose', 'javier']);
    expect([...san.next.keys()].sort()).toEqual(['javier', 'jose', 'juan']);
    expect(trie.childrenStartingWith(san, 'p').map(([word]) => word)).toEqual(['pedro']);
  });

  it('finds a child by the hash of a word as written, checked letter by letter', () => {
    const trie = openTrie(compileMatcherData([...ENTITIES, place('gbebclkt', 'Gbebclkt')], NO_RULES, buildFuzzyIndex([])).trie);
    const at = (text: string, hash = hashFolded(fold(text))) => trie.childAt(hash, text, 0, text.length);
    expect(at('San')).toBe(trie.child('san'));
    expect(at('SAN')).toBe(trie.child('san'));
    expect(at('Puérto')).toBe(trie.child('puerto'));
    expect(at('Sa\u0301n')).toBe(trie.child('san'));
    expect(at('Sand')).toBeUndefined();
    // Two words of one hash: only the name's own word is its child.
    expect(hashFolded('wrahuvel')).toBe(hashFolded('gbebclkt'));
    expect(at('Gbebclkt')).toBe(trie.child('gbebclkt'));
    expect(at('Wrahuvel')).toBeUndefined();
    // The word is read where it stands in a longer text.
    const text = 'From San Juan';
    expect(trie.childAt(hashFolded('san'), text, 5, 8)).toBe(trie.child('san'));
  });

  it('finds the same names, typos included, as the whole trie', () => {
    const matcher = createMatcher(ENTITIES);
    const text = 'From San Jaun to San Pedro Sula and San Jose, not San Diego; Puerto Rico.';
    expect(matcher.scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['San Jaun', 'San Pedro Sula', 'San Jose', 'Puerto Rico']);
  });
});
