import Link from "next/link";
import type { FindingSummary } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";

function PagerLink({ finding, rel }: { finding: FindingSummary; rel: "prev" | "next" }) {
  return (
    <Link
      href={routes.finding(finding.slug)}
      rel={rel}
      className={`flex min-h-11 flex-col rounded-lg border border-line p-4 no-underline hover:border-accent ${rel === "next" ? "sm:items-end sm:text-right" : ""}`}
    >
      <span className="text-sm text-ink-muted">
        {rel === "prev" ? "← Previous finding" : "Next finding →"}
      </span>
      <span className="font-semibold underline underline-offset-4">{finding.title}</span>
    </Link>
  );
}

/** Previous and next finding in the order of the content. */
export function FindingPager({
  previous,
  next,
}: {
  previous?: FindingSummary;
  next?: FindingSummary;
}) {
  return (
    <nav aria-label="Findings" className="mt-16 border-t border-line pt-8">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>{previous ? <PagerLink finding={previous} rel="prev" /> : null}</div>
        <div>{next ? <PagerLink finding={next} rel="next" /> : null}</div>
      </div>
      <p className="mt-6">
        <Link href={routes.findings()} className="font-semibold">
          All findings
        </Link>
      </p>
    </nav>
  );
}
