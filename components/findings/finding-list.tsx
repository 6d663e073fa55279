import { AddToBrief } from "@/components/brief/add-to-brief.client";
import { Link } from "@/components/ui/link.client";
import type { FindingSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import { findingKindLabels } from "./finding-kinds";

/**
 * Findings as cards: kind, title and summary. `showKind` is off where the list sits under a
 * heading that already names the kind. `compact` makes a list to scan: each finding's title,
 * linked, over one line of its kind and summary (cut to the line on screen; the whole summary
 * is still in the page for screen readers and on the finding's own page).
 */
export function FindingList({
  findings,
  showKind = true,
  compact = false,
}: {
  findings: readonly FindingSummary[];
  showKind?: boolean;
  compact?: boolean;
}) {
  if (compact) {
    return (
      <ul className="max-w-(--measure) list-none divide-y divide-line border-y border-line p-0">
        {findings.map((finding) => (
          <li key={finding.slug} className="py-2">
            <Link href={routes.finding(finding.slug)} className="inline-block py-0.5 font-semibold">
              {finding.title}
            </Link>
            <p className="truncate text-sm text-ink-muted">
              {showKind ? `${findingKindLabels[finding.kind]}: ` : null}
              {finding.summary}
            </p>
          </li>
        ))}
      </ul>
    );
  }
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
          <AddToBrief kind="finding" id={finding.slug} name={finding.title} className="mt-2" />
        </li>
      ))}
    </ul>
  );
}
