import type { Metadata } from "next";
import { ElementGrid } from "@/components/elements/element-card";
import { ElementWheel } from "@/components/home/element-wheel";
import { WhoSaidWhat } from "@/components/home/who-said-what";
import { ReportLinks } from "@/components/sources/report-links";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { Section } from "@/components/ui/section";
import { LastUpdated } from "@/components/changes/last-updated";
import {
  getChangesFor,
  getElements,
  getFinding,
  getQuoteViews,
  getSource,
  getSpeakers,
} from "@/lib/content/api";
import { speakerName } from "@/lib/content/quote-view";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata: Metadata = pageMetadata({
  title: site.reportTitle,
  description: site.description,
  path: routes.home(),
  absoluteTitle: true,
});

export default function HomePage() {
  const elements = getElements();
  const headline = getFinding("structural-change-is-not-enough");
  const source = getSource("strathclyde-news-release");
  const speakers = getSpeakers().map((s) => ({ slug: s.slug, name: speakerName(s) }));
  const headlineHref = headline ? routes.finding(headline.slug) : routes.findings();

  return (
    <>
      <header>
        <p className="mb-2 text-sm font-semibold text-ink-muted max-sm:sr-only">
          {site.publisher} concluding report · <DateText iso={site.published} />
        </p>
        <h1 className="font-bold text-balance">
          Changing the structure of children&rsquo;s services is not enough on its own
        </h1>
        <p className="mt-3">
          This site presents the report {site.publisher} published for {site.commissionedBy}, and
          the eight key elements that the news release on it lists.
        </p>
        <LastUpdated changes={getChangesFor(routes.home())} className="mt-3" />
      </header>

      <div className="mt-2 grid items-center gap-6 lg:grid-cols-[minmax(0,26rem)_1fr] lg:gap-12">
        <ElementWheel
          elements={elements}
          centre={{
            href: headlineHref,
            lines: ["Structural", "change alone", "is not enough"],
            label: `The headline finding: ${headline?.title ?? "structural change alone is not enough"}`,
          }}
        />
        <div className="space-y-4">
          <p>
            <cite className="font-semibold not-italic">{site.reportTitle}</cite> is the concluding
            report of a study that {site.publisherFull} at the {site.university} carried out for{" "}
            {site.commissionedBy}. The news release on it says that changing how services for
            children, young people and families are arranged is not enough, by itself, to make sure
            they get the help they need. The release lists eight key elements which, it says,
            contribute to the conditions for change that works and lasts.
          </p>
          <ReportLinks />
          <p className="flex flex-wrap gap-3">
            <ButtonLink href={headlineHref}>Read the headline finding</ButtonLink>
            <ButtonLink href={routes.page("about")} variant="secondary">
              About the study
            </ButtonLink>
          </p>
        </div>
      </div>

      <Section id="key-elements" title="The eight key elements">
        <ElementGrid elements={elements} headingLevel={3} />
      </Section>

      <Section id="who-said-what" title="Who said what">
        <p className="mb-4">
          How many of each speaker&rsquo;s quotes speak to each key element. Each number links to
          those quotes, word for word.
        </p>
        <WhoSaidWhat
          elements={elements}
          speakers={speakers}
          count={(speaker, element) => getQuoteViews({ speaker, element }).length}
        />
      </Section>

      {source ? (
        <p className="mt-10 text-sm text-ink-muted">
          Source: <a href={source.url}>{source.title}</a> ({source.publisher}
          {source.date ? (
            <>
              , <DateText iso={source.date} />
            </>
          ) : null}
          ).
        </p>
      ) : null}
    </>
  );
}
