import { allowedEdits, tokenize, withinEdits } from '@opportunities-hub/model/logic/search-index';

/**
 * "Did you mean": the site search (Pagefind) matches words exactly or by prefix, so a misspelt
 * word such as "labratory" finds only pages about "lab…". The search page corrects each word
 * the hub's own vocabulary does not know to the commonest known word within a few typos (the
 * same tolerance as the widget's index), searches for that, and offers the original words back.
 */

/** The words readers search for, each with how often it occurs: from titles, summaries and labels. */
export type Vocabulary = Record<string, number>;

/** Words shorter than this are never corrected (too many near neighbours). */
const SHORTEST = 4;

/** Counts every word of `texts` of at least four letters. */
export function vocabularyOf(texts: Iterable<string>): Vocabulary {
  const counts: Vocabulary = {};
  for (const text of texts) for (const word of tokenize(text)) if (word.length >= SHORTEST) counts[word] = (counts[word] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The commonest known word within the typos `word` may have, or undefined when it is known or has none near. */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length < SHORTEST || vocabulary[word] !== undefined) return undefined;
  let best: string | undefined;
  for (const [known, count] of Object.entries(vocabulary)) {
    // A known word that merely extends the query ("labs" for "lab") is a prefix match, not a typo.
    if (known.startsWith(word)) return undefined;
    if (withinEdits(word, known, allowedEdits(word)) && (best === undefined || count > vocabulary[best]!)) best = known;
  }
  return best;
}

/** The query with every correctable word corrected, or undefined when nothing changes. */
export function correctQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const words = tokenize(query);
  const corrected = words.map((word) => correctWord(word, vocabulary) ?? word);
  return corrected.some((word, i) => word !== words[i]) ? corrected.join(' ') : undefined;
}
