import { ElementWheel } from "@/components/home/element-wheel";
import { ReportLinks } from "@/components/sources/report-links";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { Link } from "@/components/ui/link.client";
import type { ElementSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import type { Source } from "@/lib/content/schemas";
import { homeText } from "@/lib/home-text";
import { site } from "@/lib/site";

/** The home page's opening: what the site is, the elements round the headline, and the report. */
export function HomeIntro({
  elements,
  headline,
  studyPage,
  reportFile,
}: {
  elements: readonly ElementSummary[];
  headline: { title?: string; href: string };
  studyPage?: Pick<Source, "url">;
  reportFile?: Pick<Source, "url">;
}) {
  const text = homeText(elements.length);
  return (
    <>
      <header>
        <p className="mb-2 text-sm font-semibold text-ink-muted max-sm:sr-only">
          {site.publisher} concluding report · <DateText iso={site.published} />
        </p>
        <h1 className="font-bold text-balance">{text.heading}</h1>
        <p className="mt-3">{text.lead}</p>
      </header>

      <div className="mt-2 grid items-center gap-6 lg:grid-cols-[minmax(0,26rem)_1fr] lg:gap-12">
        <ElementWheel
          elements={elements}
          centre={{
            href: headline.href,
            lines: ["Structural", "change alone", "is not enough"],
            label: `The headline finding: ${headline.title ?? "structural change alone is not enough"}`,
          }}
        />
        <div className="space-y-4">
          <p>
            <cite className="font-semibold not-italic">{site.reportTitle}</cite>
            {text.afterReportTitle}
          </p>
          <ReportLinks studyPage={studyPage} reportFile={reportFile} />
          <p className="flex flex-wrap gap-3">
            <ButtonLink href={headline.href}>Read the headline finding</ButtonLink>
            <ButtonLink href={routes.about()} variant="secondary">
              About the study
            </ButtonLink>
            <ButtonLink href={routes.easyRead()} variant="secondary">
              Easy Read
            </ButtonLink>
          </p>
          <p>
            For young people, parents and carers:{" "}
            <Link href={routes.forFamilies()}>
              what this report means for children and families
            </Link>
            , in plain words, and where to find someone to talk to.
          </p>
        </div>
      </div>
    </>
  );
}
