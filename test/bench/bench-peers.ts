// The matchers LaborLens is compared with in `npm run bench`. Each gets lower-cased names and
// lower-cased text and returns match spans; none knows about words, legal forms or line breaks.
// Left out: modern-ahocorasick and string-dsa, which the project brief flags as having known
// problems (not re-tested here); string-dsa is also absent from the registry listing on this machine.
import { createRequire } from 'node:module';

export interface Peer {
  name: string;
  build: (names: string[]) => (text: string) => { start: number; end: number }[];
  /** Time with at most this many names (too slow otherwise). */
  maxNames?: number;
  /** How to project a subset's time to the full index: 'linear' (loops over names) or 'none'. */
  scale?: 'linear' | 'none';
  slow?: boolean;
  note?: string;
}

const require = createRequire(import.meta.url);

interface FastScanner {
  search(text: string): [number, string][];
}
interface AhoCorasickBruno {
  search(text: string): [number, string[]][];
}
interface MonyoneAC {
  matchInText(text: string): { begin: number; end: number; keyword: string }[];
}
interface TanishikingTrie {
  parseText(text: string): { start: number; end: number; keyword: string }[];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export const PEERS: Peer[] = [
  {
    name: 'includes/indexOf loop',
    maxNames: 2000,
    scale: 'linear',
    slow: true,
    build: (names) => (text) => {
      const out: { start: number; end: number }[] = [];
      for (const n of names) {
        if (!text.includes(n)) continue;
        for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length });
      }
      return out;
    },
  },
  {
    name: 'one alternation RegExp',
    maxNames: 5000,
    scale: 'linear',
    slow: true,
    build: (names) => {
      const re = new RegExp(
        [...names]
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|'),
        'gu',
      );
      return (text) => {
        const out: { start: number; end: number }[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
        return out;
      };
    },
  },
  {
    name: 'fastscan 1.0.6',
    build: (names) => {
      const FastScanner = require('fastscan') as new (words: string[]) => FastScanner;
      const s = new FastScanner(names);
      s.search('warm');
      return (text) => s.search(text).map(([i, w]) => ({ start: i, end: i + w.length }));
    },
  },
  {
    name: 'ahocorasick 1.0.2',
    build: (names) => {
      const AC = require('ahocorasick') as new (words: string[]) => AhoCorasickBruno;
      const ac = new AC(names);
      ac.search('warm');
      return (text) =>
        ac.search(text).flatMap(([end, ws]) => ws.map((w) => ({ start: end - w.length + 1, end: end + 1 })));
    },
  },
  {
    name: '@monyone/aho-corasick 1.1.11',
    build: (names) => {
      const { AhoCorasick } = require('@monyone/aho-corasick') as { AhoCorasick: new (k: string[]) => MonyoneAC };
      const ac = new AhoCorasick(names);
      ac.matchInText('warm');
      return (text) => ac.matchInText(text).map((m) => ({ start: m.begin, end: m.end }));
    },
  },
  {
    name: '@tanishiking/aho-corasick 0.0.1',
    // Its failure links are built on the first search and took minutes with 100,000 names here.
    maxNames: 20000,
    scale: 'none',
    note: 'automaton of 20,000 names only (100,000 took minutes to build)',
    build: (names) => {
      const { Trie } = require('@tanishiking/aho-corasick') as { Trie: new (k: string[]) => TanishikingTrie };
      const t = new Trie(names);
      t.parseText('warm');
      return (text) => t.parseText(text).map((m) => ({ start: m.start, end: m.end + 1 }));
    },
  },
];
