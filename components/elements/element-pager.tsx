import { Pager } from "@/components/ui/pager";
import type { ElementSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";

const step = (element?: ElementSummary) =>
  element
    ? { href: routes.element(element.slug), title: `${element.number}. ${element.title}` }
    : undefined;

/** Previous and next key element by number, and the list of all of them. */
export function ElementPager({
  previous,
  next,
  count,
}: {
  previous?: ElementSummary;
  next?: ElementSummary;
  /** How many key elements there are, for "All eight key elements". */
  count: string;
}) {
  return (
    <Pager
      label="Key elements"
      previous={step(previous)}
      next={step(next)}
      previousLabel="Previous element"
      nextLabel="Next element"
      all={{ href: routes.elements(), label: `All ${count} key elements` }}
    />
  );
}
