import { Info } from "lucide-react";
import type { GlossaryTermView } from "@/lib/content/glossary-terms";
import { routes } from "@/lib/content/routes";

/** The id of a term's explanation on a page; each term is explained once per page. */
export const explanationId = (slug: string) => `term-${slug}`;

/**
 * A use of a glossary term, marked and explained where it stands. The words stay as written, in
 * the flow of the sentence (dotted underline), followed by a small button that opens a short
 * explanation with a link to the term in the glossary. The words themselves are not the button: a
 * button cannot wrap across lines, so a long term would jump to a line of its own.
 *
 * The explanation is an HTML popover opened by `popovertarget`, so it needs no JavaScript: a
 * click, a tap, Enter or Space opens it; Esc, a tap outside or its Close button shuts it. It
 * follows the button in the page, so a screen reader reads it next; closed, it is out of the
 * reading order. Where a browser knows no popovers, the explanation shows after the words.
 */
export function GlossaryTerm({ term, children }: { term: GlossaryTermView; children: string }) {
  const id = explanationId(term.slug);
  // The last word and the button stay on one line, so the button never starts a line alone.
  const split = children.search(/\S+$/);
  const lead = split > 0 ? children.slice(0, split) : "";
  const lastWord = split > 0 ? children.slice(split) : children;
  return (
    <>
      <span
        data-glossary-term={term.slug}
        className="underline decoration-accent decoration-dotted decoration-2 underline-offset-4"
      >
        {lead}
        <span className="whitespace-nowrap">
          {lastWord}
          <button
            type="button"
            popoverTarget={id}
            aria-label={`What “${children}” means`}
            className="ml-0.5 inline-flex size-6 cursor-help items-center justify-center rounded-full align-middle text-accent hover:bg-accent-soft"
          >
            <Info aria-hidden="true" className="size-4" />
          </button>
        </span>
      </span>
      <span
        id={id}
        popover="auto"
        data-glossary-explanation={term.slug}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-canvas p-5 text-base leading-relaxed text-ink shadow-xl backdrop:bg-black/30"
      >
        <strong className="block text-lg">{term.term}</strong>
        <span className="mt-2 block">{term.definition}</span>
        <span className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <a href={routes.glossaryTerm(term.slug)} className="inline-flex min-h-6 items-center">
            {term.term} in Words explained
          </a>
          <button
            type="button"
            popoverTarget={id}
            popoverTargetAction="hide"
            className="inline-flex min-h-8 items-center rounded-md border border-line px-3 font-semibold text-accent hover:border-accent"
          >
            Close
          </button>
        </span>
      </span>
    </>
  );
}
