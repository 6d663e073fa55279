import { Link } from "@/components/ui/link.client";
import { ReportLinks } from "@/components/sources/report-links";
import { DateText } from "@/components/ui/date-text";
import { routes } from "@/lib/content/routes";
import type { Source } from "@/lib/content/schemas";
import { site } from "@/lib/site";

export function SiteFooter({
  reportSources,
}: {
  reportSources: { studyPage?: Pick<Source, "url">; reportFile?: Pick<Source, "url"> };
}) {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p>
          <cite className="font-semibold text-ink not-italic">{site.reportTitle}</cite>, the
          concluding report of a study by {site.publisherFull}, {site.university}, for{" "}
          {site.commissionedBy}. Published on <DateText iso={site.published} />.
        </p>
        <ReportLinks {...reportSources} />
        <p>
          Quotes are given word for word from the news release on the report. Every fact names its
          source: see <Link href={routes.sources()}>all sources</Link> and{" "}
          <Link href={routes.about()}>about the study</Link>.
        </p>
        <p className="flex flex-wrap gap-x-6">
          <Link href={routes.accessibility()} className="inline-flex min-h-6 items-center">
            Accessibility statement
          </Link>
          <Link href={routes.changes()} className="inline-flex min-h-6 items-center">
            Changes to this site
          </Link>
          <Link href={routes.data()} className="inline-flex min-h-6 items-center">
            Open data
          </Link>
          <Link href={routes.glossary()} className="inline-flex min-h-6 items-center">
            Words explained
          </Link>
        </p>
      </div>
    </footer>
  );
}
