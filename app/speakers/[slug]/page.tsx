import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuoteList } from "@/components/quotes/quote-list";
import { speakerName } from "@/lib/content/quote-view";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ElementTag } from "@/components/ui/tag";
import { SourceCitation } from "@/components/sources/source-list";
import {
  getChangesFor,
  getElements,
  getQuoteViews,
  getSources,
  getSpeaker,
  getSpeakers,
} from "@/lib/content/api";
import { serializeQuoteFilter } from "@/lib/browse/quote-filter";
import { routes, sectionId } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSpeakers().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) return {};
  return pageMetadata({
    title: speakerName(speaker),
    description: `Everything ${speakerName(speaker)}, ${speaker.role}, ${speaker.organisation}, said in the news release on the concluding report, word for word.`,
    path: routes.speaker(speaker.slug),
  });
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) notFound();
  const quotes = getQuoteViews({ speaker: speaker.slug });
  const sources = getSources([
    ...new Set([...quotes.map((q) => q.source.slug), ...speaker.sources]),
  ]);
  const byElement = getElements().flatMap((element) => {
    const count = quotes.filter((q) => q.elements.some((e) => e.slug === element.slug)).length;
    return count > 0 ? [{ element, count }] : [];
  });
  const quoteSources = [...new Map(quotes.map((q) => [q.source.slug, q.source])).values()];

  return (
    <>
      <PageHeader
        eyebrow="Speaker"
        title={speakerName(speaker)}
        lead={
          <>
            <p className="font-medium text-ink">
              {speaker.role}, {speaker.organisation}
            </p>
            <p className="mt-3">{speaker.bio}</p>
          </>
        }
        changes={getChangesFor(routes.speaker(speaker.slug))}
      />
      <Section id={sectionId.quotes} title="What they said, in order">
        <p className="mb-6 max-w-3xl text-ink-muted">
          Every sentence {speaker.name} said in the news release, word for word, in the order it
          appears there. Each quote has its own page, and a button to copy its link. Source:{" "}
          {quoteSources.map((source, index) => (
            <span key={source.slug}>
              {index > 0 ? "; " : ""}
              <SourceCitation source={source} />
            </span>
          ))}
          .
        </p>
        {byElement.length > 0 ? (
          <div className="mb-8">
            <h3 className="mb-3 text-lg font-bold">Their quotes by key element</h3>
            <ul className="flex list-none flex-wrap gap-2 p-0">
              {byElement.map(({ element, count }) => (
                <li key={element.slug}>
                  <ElementTag
                    element={{
                      slug: element.slug,
                      title: `${element.title}: ${count} ${count === 1 ? "quote" : "quotes"}`,
                    }}
                    href={`${routes.quotes()}${serializeQuoteFilter({ speaker: speaker.slug, element: element.slug })}`}
                  />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <QuoteList
          quotes={quotes}
          anchors
          linkSpeaker={false}
          showSource={false}
          showContextLink={false}
        />
      </Section>
      <SourceList sources={sources} />
    </>
  );
}
