/**
 * A small full-text index for the widgets: ranked results, prefix matching and typo tolerance
 * in about 1 KB gzipped. MiniSearch does all this and more, but costs ~6 KB gzipped, a third of
 * the script-tag file's 20 KB budget with Lit and two elements already in it.
 *
 * Ranking: each document term has a weight (field boost, summed over fields); a query word
 * scores `weight × idf × match quality` for the best matching term in each document, where an
 * exact match counts 1, a prefix 0.7 and a near miss (1 edit, 2 for long words) 0.4. Every query
 * word must match (AND), as people expect when narrowing a list.
 */

/** Words of a text: lower case, accents folded, split on anything not a letter or digit. */
export function tokenize(text: string): string[] {
  // Most text is plain ASCII: skip Unicode normalisation for it (indexing time is load time).
  // eslint-disable-next-line no-control-regex -- the range is all of ASCII, NUL included
  const words = /[^\x00-\x7f]/.test(text)
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
    : text.toLowerCase().split(/[^a-z0-9]+/);
  return words.filter((word) => word.length > 0);
}

/** A searchable document: its fields' texts and each field's boost. */
export type Fields = readonly (readonly [text: string, boost: number])[];

/** One hit: the document's position in the list given to `createIndex`, and its score. */
export interface SearchHit {
  id: number;
  score: number;
}

export interface SearchIndex {
  /** Documents matching every word of `query`, best first; [] for a query with no words. */
  search(query: string): SearchHit[];
}

const EXACT = 1;
const PREFIX = 0.7;
const FUZZY = 0.4;

/**
 * True when `a` and `b` are within `max` edits (insert, delete, substitute, swap). A banded
 * Damerau-Levenshtein that gives up as soon as a row exceeds `max`.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Three reused rows: this runs against every term of the index on each keystroke.
  const width = b.length + 1;
  if (rows.length < width * 3) rows = new Int32Array(width * 6);
  let prevPrev = 0;
  let prev = width;
  let row = width * 2;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[prevPrev + j - 2]! + 1);
      rows[row + j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return rows[prev + b.length]! <= max;
}
let rows = new Int32Array(96);

/** How many typos a query word may have: none under 4 letters, one up to 7, then two. */
export const allowedEdits = (word: string): number => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/** Builds an index over `docs`; ids in hits are positions in that list. */
export function createIndex(docs: readonly Fields[]): SearchIndex {
  // term -> parallel lists of document ids and weights
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  docs.forEach((fields, id) => {
    const weights = new Map<string, number>();
    for (const [text, boost] of fields) for (const term of tokenize(text)) weights.set(term, (weights.get(term) ?? 0) + boost);
    for (const [term, weight] of weights) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = { ids: [], weights: [] }));
      p.ids.push(id);
      p.weights.push(weight);
    }
  });
  // Sorted terms find every prefix match by binary search instead of a scan.
  const terms = [...postings.keys()].sort();
  const idf = new Map(terms.map((t) => [t, Math.log(1 + docs.length / postings.get(t)!.ids.length)]));

  const lowerBound = (word: string) => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** The matching terms of one query word, each with its match quality. */
  const matches = (word: string): [string, number][] => {
    const found: [string, number][] = [];
    for (let i = lowerBound(word); i < terms.length && terms[i]!.startsWith(word); i++) {
      found.push([terms[i]!, terms[i] === word ? EXACT : PREFIX]);
    }
    const edits = allowedEdits(word);
    // A term may be longer than the word (it is still being typed): compare its first letters.
    if (edits) {
      for (const term of terms) {
        if (
          term.length + edits >= word.length &&
          term[0] !== undefined &&
          !term.startsWith(word) &&
          withinEdits(word, term.slice(0, word.length + edits), edits)
        )
          found.push([term, FUZZY]);
      }
    }
    return found;
  };

  return {
    search(query) {
      const words = [...new Set(tokenize(query))];
      if (!words.length) return [];
      let total: Float64Array | undefined;
      for (const word of words) {
        const best = new Float64Array(docs.length);
        for (const [term, quality] of matches(word)) {
          const { ids, weights } = postings.get(term)!;
          const factor = quality * idf.get(term)!;
          for (let k = 0; k < ids.length; k++) {
            const score = weights[k]! * factor;
            if (score > best[ids[k]!]!) best[ids[k]!] = score;
          }
        }
        if (total) for (let id = 0; id < docs.length; id++) total[id] = total[id] && best[id] ? total[id]! + best[id]! : 0;
        else total = best;
      }
      const hits: SearchHit[] = [];
      total!.forEach((score, id) => score > 0 && hits.push({ id, score }));
      return hits.sort((a, b) => b.score - a.score || a.id - b.id);
    },
  };
}
