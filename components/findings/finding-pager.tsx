import { Pager } from "@/components/ui/pager";
import type { FindingSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";

const step = (finding?: FindingSummary) =>
  finding ? { href: routes.finding(finding.slug), title: finding.title } : undefined;

/** Previous and next finding in the order of the content. */
export function FindingPager({
  previous,
  next,
}: {
  previous?: FindingSummary;
  next?: FindingSummary;
}) {
  return (
    <Pager
      label="Findings"
      previous={step(previous)}
      next={step(next)}
      previousLabel="Previous finding"
      nextLabel="Next finding"
      all={{ href: routes.findings(), label: "All findings" }}
    />
  );
}
