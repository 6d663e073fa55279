import { Link } from "@/components/ui/link.client";
import { Card } from "@/components/ui/card";
import type { ElementSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import { ElementIconSvg, elementStyle } from "./element-theme";

/** One key element as a card in its own colour; the whole card is one link named by its title. */
export function ElementCard({
  element,
  count,
  headingLevel = 2,
}: {
  element: ElementSummary;
  /** How many key elements there are, for "4 of 8". */
  count: number;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card elementStyle={elementStyle(element)}>
      <p className="flex items-center gap-2 text-sm font-semibold text-(--el)">
        <ElementIconSvg icon={element.icon} aria-hidden="true" className="size-6 shrink-0" />
        <span>
          <span className="sr-only">Key element </span>
          {element.number} of {count}
        </span>
      </p>
      <Heading className="mt-2 font-bold">
        <Link
          href={routes.element(element.slug)}
          className="after:absolute after:inset-0 after:content-['']"
        >
          {element.title}
        </Link>
      </Heading>
      <p className="mt-2 text-ink-muted">{element.summary}</p>
    </Card>
  );
}

export function ElementGrid({
  elements,
  count,
  headingLevel = 2,
}: {
  elements: readonly ElementSummary[];
  /** How many key elements there are in all, for each card's "4 of 8". */
  count: number;
  headingLevel?: 2 | 3;
}) {
  return (
    <ol className="grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
      {elements.map((element) => (
        <li key={element.slug}>
          <ElementCard element={element} count={count} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
