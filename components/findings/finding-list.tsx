import { Link } from "@/components/ui/link.client";
import type { FindingSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import { findingKindLabels } from "./finding-kinds";

/** `showKind` is off where the list sits under a heading that already names the kind. */
export function FindingList({
  findings,
  showKind = true,
}: {
  findings: readonly FindingSummary[];
  showKind?: boolean;
}) {
  return (
    <ul className="list-none space-y-4 p-0">
      {findings.map((finding) => (
        <li key={finding.slug} className="rounded-lg border border-line p-4">
          {showKind ? (
            <p className="text-sm font-semibold text-ink-muted">
              {findingKindLabels[finding.kind]}
            </p>
          ) : null}
          <h3 className="text-lg font-bold">
            <Link href={routes.finding(finding.slug)}>{finding.title}</Link>
          </h3>
          <p className="mt-1 text-ink-muted">{finding.summary}</p>
        </li>
      ))}
    </ul>
  );
}
