// The matchers LaborLens is compared with in `npm run bench`. Each gets lower-cased names and
// lower-cased text and returns match spans; none knows about words, legal forms or line breaks.
// Left out: modern-ahocorasick and string-dsa, which the project brief flags as having known
// problems (not re-tested here); string-dsa is also absent from the registry listing on this machine.
import { createRequire } from 'node:module';

export interface Peer {
  name: string;
  build: (names: string[]) => (text: string) => { start: number; end: number }[];
  /** Time with at most this many names and extrapolate linearly (too slow otherwise). */
  maxNames?: number;
  slow?: boolean;
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
    slow: true,
    build: (names) => {
      const re = new RegExp([...names].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'gu');
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
      return (text) => s.search(text).map(([i, w]) => ({ start: i, end: i + w.length }));
    },
  },
  {
    name: 'ahocorasick 1.0.2',
    build: (names) => {
      const AC = require('ahocorasick') as new (words: string[]) => AhoCorasickBruno;
      const ac = new AC(names);
      return (text) => ac.search(text).flatMap(([end, ws]) => ws.map((w) => ({ start: end - w.length + 1, end: end + 1 })));
    },
  },
  {
    name: '@monyone/aho-corasick 1.1.11',
    build: (names) => {
      const { AhoCorasick } = require('@monyone/aho-corasick') as { AhoCorasick: new (k: string[]) => MonyoneAC };
      const ac = new AhoCorasick(names);
      return (text) => ac.matchInText(text).map((m) => ({ start: m.begin, end: m.end }));
    },
  },
  {
    name: '@tanishiking/aho-corasick 0.0.1',
    build: (names) => {
      const { Trie } = require('@tanishiking/aho-corasick') as { Trie: new (k: string[]) => TanishikingTrie };
      const t = new Trie(names);
      return (text) => t.parseText(text).map((m) => ({ start: m.start, end: m.end + 1 }));
    },
  },
];
