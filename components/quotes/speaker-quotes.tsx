import { QuoteList } from "@/components/quotes/quote-list";
import { SourceCitation } from "@/components/sources/source-list";
import { Section } from "@/components/ui/section";
import { ElementTag } from "@/components/elements/element-tag";
import { sectionId } from "@/lib/content/routes";
import type { SpeakerPageProps } from "@/lib/site-model/props";

/** Everything one speaker said, in order, with their quotes counted by key element. */
export function SpeakerQuotes({
  speaker,
  quotes,
  quoteSources,
  byElement,
}: Pick<SpeakerPageProps, "speaker" | "quotes" | "quoteSources" | "byElement">) {
  return (
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
            {byElement.map((element) => (
              <li key={element.slug}>
                <ElementTag
                  element={{
                    slug: element.slug,
                    icon: element.icon,
                    colour: element.colour,
                    title: `${element.title}: ${element.count} ${element.count === 1 ? "quote" : "quotes"}`,
                  }}
                  href={element.href}
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
  );
}
