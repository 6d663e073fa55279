import {
  type IndexedField,
  type MatchKind,
  MIN_PREFIX,
  type StoredRecord,
  TYPE_WORD_WEIGHT,
  aliasToken,
  definesToken,
  fieldWeights,
  indexedFields,
  matchWeights,
  typeBoost,
  typeWeight,
  typeWords,
} from "./definition";
import type { SearchType } from "./search-types";
import type { LoadedSearchIndex } from "./load";
import {
  type ParsedQuery,
  STOP_WORDS,
  holdsPhrase,
  parseQuery,
  phraseWordsOf,
  wordForms,
} from "@/lib/text/match";
import { nearestWord, typoTolerance, wordsStartingWith } from "./terms";
import type { Correction, SearchHit, SearchOutcome } from "./outcome";

export type { Correction, SearchHit, SearchOutcome } from "./outcome";

export interface SearchFilters {
  type?: SearchType;
  /** A speaker's slug: that speaker and their quotes. */
  speaker?: string;
  /** A key element's slug: the element, its sections and what is tagged with it. */
  element?: string;
}

/** How many words a typed start stands for, at most: the most common first. */
const PREFIX_LIMIT = 16;

/** BM25's saturation: a match in a short title or text counts more than in a long one. */
const BM25_K = 1.2;
const lengthFactor = (ratio: number, b: number) =>
  (BM25_K + 1) / (1 + BM25_K * (1 - b + b * ratio));

interface Lookup {
  term: string;
  kind: MatchKind;
}

/** One word of the query, and every way a record may hold it. */
interface Concept {
  word: string;
  lookups: Lookup[];
  /** Glossary entries whose name, in the query, takes in this word: any of their names holds it. */
  aliases: number[];
  /** The kind of result the word names, if it names one: every result of that kind holds it. */
  type?: SearchType;
}

interface Plan {
  parsed: ParsedQuery;
  concepts: Concept[];
  corrections: Correction[];
  /** One-word terms to mark, and glossary names of several words. */
  terms: string[];
  phrases: string[][];
}

const isNumber = (word: string) => /^\p{N}+$/u.test(word);

/** The glossary entries named in the query: each with the query's words its name takes in. */
function aliasSpans(index: LoadedSearchIndex, parsed: ParsedQuery) {
  const { sequence, words } = parsed;
  const spans: { alias: number; words: Set<string> }[] = [];
  index.aliases.forEach((names, alias) => {
    for (const name of names) {
      for (let start = 0; start + name.length <= sequence.length; start++) {
        if (!name.every((word, i) => sequence[start + i] === word)) continue;
        const taken = sequence.slice(start, start + name.length).filter((w) => words.includes(w));
        if (taken.length > 0) spans.push({ alias, words: new Set(taken) });
      }
    }
  });
  return spans;
}

/**
 * How each word of the query is looked up. The word itself and its other forms; for the word
 * being typed (the last), or one the index does not hold, the words it starts; for a word the
 * index holds in no form and starts none, the nearest word within its typo tolerance (unless
 * `correct` is false: then it is only noted). Words in quotation marks are taken as typed; a
 * glossary name adds every other name of its entry.
 */
function planQuery(index: LoadedSearchIndex, raw: string, correct: boolean): Plan {
  const parsed = parseQuery(raw);
  const { vocabulary } = index;
  const onlyStopWords = parsed.dropped.length === 0 && parsed.words.every((w) => STOP_WORDS.has(w));
  const meaningful = (word: string) => onlyStopWords || !STOP_WORDS.has(word);
  const spans = aliasSpans(index, parsed);
  const exact = new Set(parsed.exact);
  const last = parsed.sequence[parsed.sequence.length - 1];
  const corrections: Correction[] = [];
  const concepts = parsed.words.map((word): Concept => {
    const aliases = exact.has(word)
      ? []
      : [...new Set(spans.filter((s) => s.words.has(word)).map((s) => s.alias))];
    if (exact.has(word)) return { word, lookups: [{ term: word, kind: "exact" }], aliases };
    const lookups: Lookup[] = wordForms(word).map((term) => ({
      term,
      kind: term === word ? "exact" : "form",
    }));
    const known = lookups.some((lookup) => vocabulary.counts.has(lookup.term));
    if ((word === last || !known) && [...word].length >= MIN_PREFIX && !isNumber(word)) {
      const starts = wordsStartingWith(vocabulary, word)
        .filter(meaningful)
        .sort((a, b) => (vocabulary.counts.get(b) ?? 0) - (vocabulary.counts.get(a) ?? 0))
        .slice(0, PREFIX_LIMIT);
      lookups.push(...starts.map((term): Lookup => ({ term, kind: "prefix" })));
    }
    if (!known && lookups.length === wordForms(word).length && aliases.length === 0) {
      const nearest = isNumber(word)
        ? undefined
        : nearestWord(vocabulary, word, typoTolerance(word), (w) => meaningful(w) && !isNumber(w));
      if (nearest) {
        corrections.push({ from: word, to: nearest.word });
        if (correct) return { word, lookups: [{ term: nearest.word, kind: "corrected" }], aliases };
      }
    }
    const type = typeWords.get(word);
    return { word, lookups, aliases, ...(type ? { type } : {}) };
  });
  const terms = new Set(concepts.flatMap((c) => c.lookups.map((l) => l.term)).filter(meaningful));
  const phrases: string[][] = [];
  for (const alias of new Set(concepts.flatMap((c) => c.aliases))) {
    for (const name of index.aliases[alias] ?? []) {
      if (name.length === 1) terms.add(name[0] ?? "");
      else phrases.push(name);
    }
  }
  return { parsed, concepts, corrections, terms: [...terms], phrases };
}

/** Per record, the length factors of its title and text: worked out once per index. */
const factorCache = new WeakMap<LoadedSearchIndex, { title: Float64Array; words: Float64Array }>();

function lengthFactors(index: LoadedSearchIndex) {
  let factors = factorCache.get(index);
  if (!factors) {
    const { averages, records } = index;
    factors = {
      title: Float64Array.from(records, (r) =>
        lengthFactor(r.titleWords / (averages.titleWords || 1), 0.5),
      ),
      words: Float64Array.from(records, (r) =>
        lengthFactor(r.bodyWords / (averages.bodyWords || 1), 0.75),
      ),
    };
    factorCache.set(index, factors);
  }
  return factors;
}

/** Every record's best match for one concept (0: none), and whether it holds it as typed. */
interface ConceptMatches {
  best: Float64Array;
  /** 1 where the record's title or text holds the word as typed, as the filters read it. */
  literal: Uint8Array;
  /** The records that match, in the order first found. */
  ids: Int32Array;
  count: number;
}

// Read once: the module's own copies, so hot loops do not look them up again.
const WEIGHTS = fieldWeights;
const KINDS = matchWeights;
const FIELDS = indexedFields;

/** Every record holding a concept, with its best match: field weight × how it matched × length. */
function matchConcept(index: LoadedSearchIndex, concept: Concept): ConceptMatches {
  const size = index.records.length;
  const best = new Float64Array(size);
  const literal = new Uint8Array(size);
  const ids = new Int32Array(size);
  let count = 0;
  const factors = lengthFactors(index);
  const fieldsOf = index.vocabulary.fields;
  const lookups: (Lookup & { fields: readonly IndexedField[] })[] = [
    ...concept.lookups.map((lookup) => ({ ...lookup, fields: FIELDS })),
    ...concept.aliases.flatMap((alias) => [
      { term: aliasToken(alias), kind: "alias" as const, fields: ["title", "words"] as const },
      { term: definesToken(alias), kind: "defines" as const, fields: ["title"] as const },
    ]),
  ];
  const add = (id: number, score: number) => {
    const before = best[id] ?? 0;
    if (before === 0) ids[count++] = id;
    if (score > before) best[id] = score;
  };
  for (const { term, kind, fields } of lookups) {
    // Only the fields that hold the word: most words are in one or two.
    const held = fieldsOf.get(term) ?? 0;
    const wanted = fields.filter((field) => held & (1 << FIELDS.indexOf(field)));
    if (wanted.length === 0) continue;
    // Unlimited on purpose: filters apply afterwards to full result lists (TOOLCHAIN trap 2).
    const results = index.document.search(term, { index: wanted, limit: size });
    for (const { field, result } of results) {
      const indexed = field as IndexedField;
      const weight = WEIGHTS[indexed] * KINDS[kind];
      const factor = indexed === "title" || indexed === "words" ? factors[indexed] : undefined;
      const typed = kind === "exact" && factor !== undefined;
      for (const id of result) {
        if (typeof id !== "number" || id >= size) continue;
        add(id, factor ? weight * (factor[id] ?? 1) : weight);
        if (typed) literal[id] = 1;
      }
    }
  }
  if (concept.type) {
    index.records.forEach((record, id) => {
      if (record.type === concept.type) add(id, TYPE_WORD_WEIGHT);
    });
  }
  return { best, literal, ids, count };
}

function matchesFilters(record: StoredRecord, filters: SearchFilters): boolean {
  if (filters.type && record.type !== filters.type) return false;
  if (filters.speaker && record.speaker !== filters.speaker) return false;
  if (filters.element && !record.elements.includes(filters.element)) return false;
  return true;
}

const hasFilter = (filters: SearchFilters) =>
  Boolean(filters.type || filters.speaker || filters.element);

/**
 * With a type chosen, the first `limit` hits, but the records whose title or text holds every
 * word as typed first, each type keeping the places its records had: so with `type=quote` the
 * quotes the quote filter shows for the same words lead, in the order the ranking gave them.
 */
function literalFirst<T, K>(
  hits: readonly T[],
  limit: number,
  typeOf: (hit: T) => K,
  asTyped: (hit: T) => boolean,
): T[] {
  const queues = new Map<K, { literal: T[]; rest: T[]; taken: number }>();
  for (const hit of hits) {
    const queue = queues.get(typeOf(hit)) ?? { literal: [], rest: [], taken: 0 };
    (asTyped(hit) ? queue.literal : queue.rest).push(hit);
    queues.set(typeOf(hit), queue);
  }
  return hits.slice(0, limit).map((hit) => {
    const queue = queues.get(typeOf(hit));
    const place = queue ? queue.taken++ : 0;
    return (queue && (queue.literal[place] ?? queue.rest[place - queue.literal.length])) ?? hit;
  });
}

const phraseCache = new WeakMap<readonly string[], string[][]>();

/** A record's passages as phrase words, worked out once per passage list. */
function passageWords(passages: readonly string[]): string[][] {
  let words = phraseCache.get(passages);
  if (!words) {
    words = passages.map(phraseWordsOf);
    phraseCache.set(passages, words);
  }
  return words;
}

/**
 * How many of the query's phrases the record's text is known not to hold: 0 while its text
 * chunk is not here, so a phrase only reorders results once it can be checked.
 */
function phrasesMissed(index: LoadedSearchIndex, id: number, phrases: readonly string[][]) {
  const passages = index.passages[id];
  if (phrases.length === 0 || !passages) return 0;
  const words = [phraseWordsOf(index.records[id]?.title ?? ""), ...passageWords(passages)];
  return phrases.filter((phrase) => !words.some((w) => holdsPhrase(w, phrase))).length;
}

/**
 * The search, with what the results list says about it. Best first: records holding more of
 * the query's words (in any field, any way: as typed, another form, a typed start, a corrected
 * typo, another name from the glossary); then those holding each quoted phrase, once their text
 * can be checked; then by score: for each word, its best match (the speaker named beats a title,
 * which beats keywords, which beat the text; short titles and texts beat long ones), weighted by
 * how rare the word is (BM25's inverse document frequency), plus a little by type (an element
 * before its sections). With a type chosen, those holding every word as typed come first
 * (literalFirst). With no words but a filter: every record the filter allows, in content order.
 *
 * A typo is corrected ("Showing results for …") only when the corrected words are all found
 * together; otherwise the search runs on the words as typed, and the nearest spellings are
 * offered as suggestions.
 */
export function runSearch(
  index: LoadedSearchIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): SearchOutcome {
  const corrected = rankAll(index, planQuery(index, query, true), filters, limit);
  if (corrected.corrections.length === 0 || corrected.complete > 0) return corrected;
  const asTyped = rankAll(index, planQuery(index, query, false), filters, limit);
  return { ...asTyped, corrections: [], suggestions: corrected.corrections };
}

function rankAll(
  index: LoadedSearchIndex,
  plan: Plan,
  filters: SearchFilters,
  limit: number,
): SearchOutcome {
  const { parsed, concepts } = plan;
  const base = {
    words: parsed.words,
    dropped: parsed.dropped,
    corrections: plan.corrections,
    suggestions: [] as Correction[],
  };
  if (concepts.length === 0) {
    const all = hasFilter(filters)
      ? index.records.flatMap((record, id) =>
          matchesFilters(record, filters)
            ? [{ id, record, score: 0, terms: [], phrases: [], missing: [] }]
            : [],
        )
      : [];
    const hits = all.slice(0, limit);
    return {
      ...base,
      hits,
      total: all.length,
      complete: all.length,
      wantsText: hits.map((h) => h.id),
    };
  }

  const size = index.records.length;
  const perConcept = concepts.map((concept) => {
    const matches = matchConcept(index, concept);
    const df = matches.count;
    return { concept, matches, idf: Math.log(1 + (size - df + 0.5) / (df + 0.5)) };
  });
  // Per record: its score, how many concepts it holds, how many as typed.
  const scores = new Float64Array(size);
  const matched = new Uint8Array(size);
  const literal = new Uint8Array(size);
  const candidates: number[] = [];
  for (const { matches, idf } of perConcept) {
    const { ids, count, best } = matches;
    for (let i = 0; i < count; i++) {
      const id = ids[i] ?? 0;
      if ((matched[id] ?? 0) === 0) candidates.push(id);
      scores[id] = (scores[id] ?? 0) + (best[id] ?? 0) * idf;
      matched[id] = (matched[id] ?? 0) + 1;
      literal[id] = (literal[id] ?? 0) + (matches.literal[id] ?? 0);
    }
  }
  const phrases = parsed.phrases;
  const filtering = hasFilter(filters);
  const missed = phrases.length > 0 ? new Uint8Array(size) : undefined;
  const kept: number[] = [];
  let complete = 0;
  for (const id of candidates) {
    const record = index.records[id];
    if (!record || (filtering && !matchesFilters(record, filters))) continue;
    kept.push(id);
    if (matched[id] === concepts.length) complete++;
    scores[id] = (scores[id] ?? 0) * TYPE_WEIGHT[record.type] + TYPE_BOOST[record.type];
    if (missed) missed[id] = phrasesMissed(index, id, phrases);
  }
  const byRank = (a: number, b: number) =>
    matched[b]! - matched[a]! ||
    (missed ? missed[a]! - missed[b]! : 0) ||
    scores[b]! - scores[a]! ||
    a - b;
  // With a type chosen, every hit is ordered (literalFirst may reach any of them); otherwise
  // only the first `limit` are.
  const ordered = filters.type ? kept.sort(byRank) : firstInOrder(kept, limit, byRank);
  const everyAsTyped = (id: number) => literal[id] === concepts.length;
  const shownIds = filters.type
    ? literalFirst(ordered, limit, (id) => index.records[id]?.type, everyAsTyped)
    : ordered.slice(0, limit);
  const shown = shownIds.map((id): SearchHit => ({
    id,
    record: index.records[id] as StoredRecord,
    score: scores[id] ?? 0,
    terms: plan.terms,
    phrases: plan.phrases,
    missing:
      matched[id] === concepts.length
        ? []
        : perConcept.filter((c) => !c.matches.best[id]).map((c) => c.concept.word),
  }));
  const wantsText = new Set(shownIds);
  if (phrases.length > 0) {
    for (const id of kept) if (matched[id] === concepts.length) wantsText.add(id);
  }
  return { ...base, hits: shown, total: kept.length, complete, wantsText: [...wantsText] };
}

const TYPE_WEIGHT = typeWeight;
const TYPE_BOOST = typeBoost;

/** The first `limit` items in order, without sorting the rest. */
function firstInOrder<T>(items: readonly T[], limit: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && order(item, last) >= 0) continue;
    let at = top.length;
    while (at > 0 && order(item, top[at - 1] as T) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The results alone, best first (runSearch). */
export function search(
  index: LoadedSearchIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): SearchHit[] {
  return runSearch(index, query, filters, limit).hits;
}
