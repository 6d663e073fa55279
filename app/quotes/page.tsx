import type { Metadata } from "next";
import Link from "next/link";
import { QuoteList } from "@/components/quotes/quote-list";
import { speakerName } from "@/lib/content/quote-view";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getQuotes, getSpeakers } from "@/lib/content/api";
import { routes, sectionId } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Quotes",
  description:
    "Every quote from the news release on the concluding report, word for word, with its speaker and source.",
  path: routes.quotes(),
});

export default function QuotesPage() {
  const speakers = getSpeakers();
  const total = getQuotes().length;
  return (
    <>
      <PageHeader
        title="Quotes"
        lead={
          <p>
            All {total} quotes from the news release on the concluding report, word for word,
            grouped by speaker and in the order they were said.
          </p>
        }
      />
      <nav aria-label="Speakers on this page">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {speakers.map((speaker) => (
            <li key={speaker.slug}>
              <a href={`#${sectionId.bySpeaker(speaker.slug)}`}>{speakerName(speaker)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {speakers.map((speaker) => (
        <Section
          key={speaker.slug}
          id={sectionId.bySpeaker(speaker.slug)}
          title={speakerName(speaker)}
        >
          <p className="mb-6 text-ink-muted">
            {speaker.role}, {speaker.organisation}.{" "}
            <Link href={routes.speaker(speaker.slug)}>About {speaker.name}</Link>
          </p>
          <QuoteList quotes={getQuotes({ speaker: speaker.slug })} anchors showElements />
        </Section>
      ))}
    </>
  );
}
