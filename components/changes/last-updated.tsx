import { DateText } from "@/components/ui/date-text";
import { Link } from "@/components/ui/link.client";
import { routes } from "@/lib/content/routes";
import type { ChangeNote } from "@/lib/content/schemas";

/**
 * "Last updated" with the page's change notes (GOV.UK's pattern): the newest date in view, every
 * note a click away, so a reader who cited the old words can see what changed. Nothing when the
 * page's words have not changed since they were first published.
 */
export function LastUpdated({
  changes,
  className = "",
}: {
  changes: readonly ChangeNote[];
  className?: string;
}) {
  const [latest] = changes;
  if (!latest) return null;
  return (
    <details className={`page-updates max-w-3xl text-sm text-ink-muted ${className}`}>
      <summary className="min-h-6 cursor-pointer">
        Last updated <DateText iso={latest.date} />
        <span className="print:hidden">: see what changed</span>
      </summary>
      <ul className="mt-2 space-y-2 border-l-2 border-line pl-4">
        {changes.map((change, index) => (
          <li key={`${change.date}-${index}`}>
            <DateText iso={change.date} />: {change.note}
          </li>
        ))}
      </ul>
      <p className="mt-2 print:hidden">
        <Link href={routes.changes()} className="inline-flex min-h-6 items-center">
          Every change to this site
        </Link>
      </p>
    </details>
  );
}
