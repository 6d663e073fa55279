import type { Metadata } from "next";
import { LastUpdated } from "@/components/changes/last-updated";
import { ElementGrid } from "@/components/elements/element-card";
import { HomeIntro } from "@/components/home/home-intro";
import { WhoSaidWhat } from "@/components/home/who-said-what";
import { SourceCitation } from "@/components/sources/source-list";
import { Section } from "@/components/ui/section";
import { routes } from "@/lib/content/routes";
import { numberInWords } from "@/lib/number-words";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.home());

export default function HomePage() {
  const props = pageProps.home();
  const { elements, release } = props;
  return (
    <>
      <HomeIntro
        elements={elements}
        headline={props.headline}
        studyPage={props.studyPage}
        reportFile={props.reportFile}
      />
      <Section id="key-elements" title={`The ${numberInWords(elements.length)} key elements`}>
        <ElementGrid elements={elements} count={elements.length} headingLevel={3} />
      </Section>
      <Section id="who-said-what" title="Who said what">
        <p className="mb-4">
          How many of each speaker&rsquo;s quotes speak to each key element. Each number links to
          those quotes, word for word.
        </p>
        <WhoSaidWhat elements={elements} speakers={props.speakers} cells={props.whoSaidWhat} />
      </Section>
      {release ? (
        <p className="mt-10 text-sm text-ink-muted">
          Source: <SourceCitation source={release} />.
        </p>
      ) : null}
      <LastUpdated changes={props.page.changes} className="mt-6" />
    </>
  );
}
