"use client";

import { Link } from "@/components/ui/link.client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import {
  MAX_QUERY_LENGTH,
  isSearchType,
  searchTypeLabels,
  searchTypes,
} from "@/lib/search/definition";
import type { SearchFilters } from "@/lib/search/query";
import { cleanQuery } from "@/lib/search/terms";
import { ResultBody } from "./result-body";
import { useSearch } from "./use-search";

interface Option {
  slug: string;
  label: string;
}

/** The /search page's form and results; everything comes from the URL, so any search can be shared. */
export function SearchPage({ speakers, elements }: { speakers: Option[]; elements: Option[] }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const urlQuery = cleanQuery(params.get("q") ?? "");
  const type = params.get("type") ?? "";
  const filters: SearchFilters = {
    ...(isSearchType(type) ? { type } : {}),
    ...(speakers.some((s) => s.slug === params.get("speaker"))
      ? { speaker: params.get("speaker") ?? "" }
      : {}),
    ...(elements.some((e) => e.slug === params.get("element"))
      ? { element: params.get("element") ?? "" }
      : {}),
  };
  const [query, setQuery] = useState(urlQuery);
  const { hits, state } = useSearch(urlQuery, filters, 100);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };

  const select = (name: string, label: string, value: string, options: Option[]) => (
    <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
      {label}
      <select
        name={name}
        value={value}
        onChange={(event) => update({ [name]: event.target.value })}
        className="min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-2 text-base text-ink"
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  const described = urlQuery || Object.keys(filters).length > 0;
  return (
    <>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: cleanQuery(query) });
        }}
        className="flex flex-col gap-4"
      >
        <div className="flex gap-2">
          <label htmlFor="search-query" className="sr-only">
            Search words
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            maxLength={MAX_QUERY_LENGTH}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-3 text-base text-ink"
          />
          <button
            type="submit"
            className="min-h-11 rounded-md bg-accent px-4 font-semibold text-canvas"
          >
            Search
          </button>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          {select(
            "type",
            "Type",
            filters.type ?? "",
            searchTypes.map((slug) => ({ slug, label: searchTypeLabels[slug] })),
          )}
          {select("speaker", "Speaker", filters.speaker ?? "", speakers)}
          {select("element", "Key element", filters.element ?? "", elements)}
        </div>
      </form>
      <p role="status" className="mt-6 text-ink-muted">
        {state === "loading"
          ? "Loading search…"
          : state === "failed"
            ? "Search could not be loaded. Check your connection and reload the page."
            : !described
              ? "Type some words, or choose a speaker, type or key element."
              : hits.length === 0
                ? "Nothing found. Try fewer or shorter words, remove a filter, or browse the quotes and findings."
                : `${hits.length} result${hits.length === 1 ? "" : "s"}${urlQuery ? ` for “${urlQuery}”` : ""}, best first.`}
      </p>
      {state === "ready" && described && hits.length === 0 ? (
        <p className="mt-2">
          <Link href="/quotes">All quotes</Link> · <Link href="/findings">All findings</Link>
        </p>
      ) : null}
      <ol className="mt-4 flex flex-col gap-3">
        {hits.map((hit) => (
          <li key={hit.id} data-type={hit.record.type}>
            <Link
              href={hit.record.url}
              className="block rounded-md border border-line p-4 no-underline hover:bg-surface"
            >
              <ResultBody hit={hit} />
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
