import { Link } from "@/components/ui/link.client";
import { routes } from "@/lib/content/routes";
import { searchTypeLabels } from "@/lib/search/search-types";
import type { SearchOutcome } from "@/lib/search/outcome";
import type { SearchFilters } from "@/lib/search/query";
import { AddResultToBrief } from "@/components/brief/add-to-brief.client";
import { ResultBody } from "./result-body";
import { SearchSummary } from "./search-summary";
import type { IndexState } from "./use-search";

/**
 * The /search page's results: what the search found, in words (SearchSummary), then the results
 * as links. Loaded with the index rather than with the page, as the dialog is: nothing here can
 * show before the index is in.
 */
export function SearchResults({
  state,
  query,
  outcome,
  passages,
  onSearch,
  filters,
  names,
  onDropFilter,
}: {
  state: IndexState;
  query: string;
  outcome: SearchOutcome | undefined;
  passages: readonly (readonly string[] | undefined)[];
  onSearch: (query: string) => void;
  /** The filters set, offered to drop when nothing is found. */
  filters: SearchFilters;
  /** What the speakers and key elements are called, by slug. */
  names: Record<"speakers" | "elements", readonly { slug: string; label: string }[]>;
  onDropFilter: (key: keyof SearchFilters) => void;
}) {
  const nameOf = (list: keyof typeof names, slug: string) =>
    names[list].find((option) => option.slug === slug)?.label ?? slug;
  const drops = (
    [
      [
        "type",
        filters.type && `every type, not only ${searchTypeLabels[filters.type].toLowerCase()}s`,
      ],
      [
        "speaker",
        filters.speaker && `every speaker, not only ${nameOf("speakers", filters.speaker)}`,
      ],
      [
        "element",
        filters.element && `every key element, not only ${nameOf("elements", filters.element)}`,
      ],
    ] as const
  ).flatMap(([key, what]) =>
    what ? [{ label: `Search ${what}`, onRemove: () => onDropFilter(key) }] : [],
  );
  return (
    <>
      <SearchSummary
        className="mt-6 flex flex-col gap-2 text-base"
        state={state}
        query={query}
        outcome={outcome}
        idle="Type some words, or choose a speaker, type or key element."
        failed="Search could not be loaded. Check your connection and reload the page."
        onSearch={onSearch}
        filters={drops}
        browse={
          <>
            Or browse <Link href={routes.elements()}>the key elements</Link>,{" "}
            <Link href={routes.findings()}>the findings</Link> and{" "}
            <Link href={routes.quotes()}>the quotes</Link>.
          </>
        }
      />
      <ol className="mt-4 flex flex-col gap-3">
        {(outcome?.hits ?? []).map((hit) => (
          <li key={hit.id} data-type={hit.record.type}>
            <Link
              href={hit.record.url}
              className="block rounded-md border border-line p-4 no-underline hover:bg-surface"
            >
              <ResultBody hit={hit} passages={passages[hit.id]} />
            </Link>
            <AddResultToBrief record={hit.record} />
          </li>
        ))}
      </ol>
    </>
  );
}
