import Link from "next/link";
import type { ElementSummary } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { ELEMENT_COUNT } from "@/lib/content/references";

/** One key element as a card; the whole card is one link whose name is the element's title. */
export function ElementCard({
  element,
  headingLevel = 2,
}: {
  element: ElementSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-line bg-canvas p-5 shadow-sm transition-colors focus-within:border-accent hover:border-accent">
      <p className="text-sm font-semibold text-ink-muted">
        <span className="sr-only">Key element </span>
        {element.number} of {ELEMENT_COUNT}
      </p>
      <Heading className="mt-1 text-xl leading-snug font-bold">
        <Link
          href={routes.element(element.slug)}
          className="after:absolute after:inset-0 after:content-['']"
        >
          {element.title}
        </Link>
      </Heading>
      <p className="mt-2 text-ink-muted">{element.summary}</p>
    </article>
  );
}

export function ElementGrid({
  elements,
  headingLevel = 2,
}: {
  elements: ElementSummary[];
  headingLevel?: 2 | 3;
}) {
  return (
    <ol className="grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
      {elements.map((element) => (
        <li key={element.slug}>
          <ElementCard element={element} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
