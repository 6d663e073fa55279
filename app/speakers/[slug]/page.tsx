import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuoteList } from "@/components/quotes/quote-list";
import { speakerName } from "@/lib/content/quote-view";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getQuotes, getSources, getSpeaker, getSpeakers } from "@/lib/content/api";
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
  const quotes = getQuotes({ speaker: speaker.slug });
  const sources = getSources([...new Set([...quotes.map((q) => q.source), ...speaker.sources])]);

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
      />
      <Section id={sectionId.quotes} title="What they said, in order">
        <p className="mb-6 max-w-3xl text-ink-muted">
          Every sentence {speaker.name} said in the news release, word for word, in the order it
          appears there. Each quote has its own link.
        </p>
        <QuoteList quotes={quotes} anchors showContextLink={false} showElements />
      </Section>
      <SourceList sources={sources} />
    </>
  );
}
