import type { ReactNode } from "react";
import { type SearchOutcome, correctedWords, exactQuery } from "@/lib/search/outcome";
import { rawWords } from "@/lib/text/match";
import type { IndexState } from "./use-search";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The one word searched for as the reader wrote it ("UNCRC", not "uncrc"), or as corrected. */
function wordAsTyped(outcome: SearchOutcome, query: string): string {
  if (outcome.corrections.length > 0) return correctedWords(outcome);
  const [word = ""] = outcome.words;
  return [...rawWords(query)].find((raw) => raw.words.join("") === word)?.text ?? word;
}

/** The sentence that says what the results are, for the live region. */
export function summarySentence(outcome: SearchOutcome, query: string): string {
  const { total, complete, words } = outcome;
  if (words.length === 0) {
    return total === 0
      ? "Nothing matches the filters chosen."
      : `${total} ${plural(total, "result matches", "results match")} the filters chosen.`;
  }
  if (total === 0) return `Nothing found for “${query.trim()}”.`;
  const all = words.length === 1 ? `“${wordAsTyped(outcome, query)}”` : "all your words";
  if (complete === total) {
    return `${total} ${plural(total, "result contains", "results contain")} ${all}.`;
  }
  if (complete > 0) {
    const more = total - complete;
    return `${complete} ${plural(complete, "result contains", "results contain")} ${all}; ${more} more ${plural(more, "contains", "contain")} some of them.`;
  }
  return `No result contains all your words. The ${total} below ${plural(total, "contains", "contain")} some of them.`;
}

const buttonClass =
  "inline-flex min-h-6 items-baseline font-semibold text-accent underline underline-offset-2 hover:no-underline";

/**
 * What a results list says above its results: while the index loads, if it fails, before any
 * words; then the count (how many results hold every word, how many some), the words left out,
 * the correction made to a typo with a way back to the words as typed, and, when nothing is
 * found, the nearest spelling, the filters to drop (`filters`) and where to browse (`browse`).
 */
export function SearchSummary({
  state,
  query,
  outcome,
  idle,
  failed,
  onSearch,
  filters = [],
  browse,
  className = "",
}: {
  state: IndexState;
  query: string;
  outcome: SearchOutcome | undefined;
  /** Shown before any words (or filter) are given. */
  idle: string;
  failed: string;
  /** Searches for other words: a suggestion, or the words as typed. */
  onSearch: (query: string) => void;
  /** The filters set, each with a way to drop it: offered when nothing is found. */
  filters?: readonly { label: string; onRemove: () => void }[];
  browse?: ReactNode;
  className?: string;
}) {
  const asked = query.trim() !== "" || filters.length > 0;
  const sentence =
    state === "loading"
      ? "Loading search…"
      : state === "failed"
        ? failed
        : !asked || !outcome
          ? idle
          : summarySentence(outcome, query);
  const ready = state === "ready" && asked && outcome !== undefined;
  const { corrections = [], suggestions = [], dropped = [] } = ready ? outcome : {};
  const nothing = ready && outcome.total === 0;
  return (
    <div className={`text-sm text-ink-muted ${className}`}>
      {ready && corrections.length > 0 ? (
        <p>
          Showing results for <strong className="text-ink">{correctedWords(outcome)}</strong>.{" "}
          <button
            type="button"
            className={buttonClass}
            onClick={() => onSearch(exactQuery(query, corrections))}
          >
            Search instead for {query.trim()}
          </button>
        </p>
      ) : null}
      <p role="status">{sentence}</p>
      {ready && dropped.length > 0 ? (
        <p>Not searched for, as too common: {dropped.join(", ")}.</p>
      ) : null}
      {nothing && suggestions.length > 0 ? (
        <p>
          Did you mean{" "}
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              onSearch(correctedWords({ words: outcome.words, corrections: suggestions }))
            }
          >
            {correctedWords({ words: outcome.words, corrections: suggestions })}
          </button>
          ?
        </p>
      ) : null}
      {nothing && filters.length > 0 ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {filters.map((filter) => (
            <button
              key={filter.label}
              type="button"
              className={buttonClass}
              onClick={filter.onRemove}
            >
              {filter.label}
            </button>
          ))}
        </p>
      ) : null}
      {nothing ? (
        <p>
          Try fewer words, or other words for the same thing.
          {browse ? <> {browse}</> : null}
        </p>
      ) : null}
    </div>
  );
}
