import type { Metadata } from "next";
import Link from "next/link";
import { ElementGrid } from "@/components/elements/element-card";
import { ReportLinks } from "@/components/sources/report-links";
import { DateText } from "@/components/ui/date-text";
import { Section } from "@/components/ui/section";
import { getElements, getFinding, getSource } from "@/lib/content/api";
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

  return (
    <>
      <header className="max-w-3xl">
        <p className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {site.publisher} concluding report · <DateText iso={site.published} />
        </p>
        <h1 className="text-3xl leading-tight font-bold text-balance sm:text-5xl">
          Changing the structure of children&rsquo;s services is not enough on its own
        </h1>
        <div className="mt-6 space-y-4 text-lg">
          <p>
            <cite className="not-italic font-semibold">{site.reportTitle}</cite> is the concluding
            report of a study that {site.publisherFull} at the {site.university} carried out for{" "}
            {site.commissionedBy}.
          </p>
          <p>
            It found that reorganising how services for children, young people and families are
            arranged will not, by itself, make sure they get the help they need. Instead, it names
            eight key elements that together create the conditions for change that works and lasts.
          </p>
        </div>
        <ReportLinks className="mt-4 text-lg" />
        <p className="mt-6 flex flex-wrap gap-4">
          <Link
            href={headline ? routes.finding(headline.slug) : routes.findings()}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-canvas no-underline hover:bg-accent-strong hover:text-canvas"
          >
            Read the headline finding
          </Link>
          <Link
            href={routes.page("about")}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            About the study
          </Link>
        </p>
      </header>

      <Section id="key-elements" title="The eight key elements">
        <ElementGrid elements={elements} headingLevel={3} />
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
