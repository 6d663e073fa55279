import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddToBrief } from "@/components/brief/add-to-brief.client";
import { EmbedCode } from "@/components/embed/embed-code";
import { QuoteCitation } from "@/components/quotes/quote-citation";
import { QuoteNeighbours, QuotePager } from "@/components/quotes/quote-neighbours";
import { QuotePageFigure } from "@/components/quotes/quote-page-figure";
import { QuoteShare } from "@/components/share/quote-share";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => getSite().keysOf("quote", "id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(routes.quote((await params).id));
}

export default async function QuotePage({ params }: Props) {
  const props = pageProps.quote((await params).id);
  if (!props) notFound();
  const { quote, page } = props;
  return (
    <article>
      <QuotePageFigure quote={quote} page={page} changes={page.changes} />
      <AddToBrief kind="quote" id={quote.id} className="mt-6" />
      <QuoteNeighbours
        quote={quote}
        speakerPrevious={props.speakerPrevious}
        speakerNext={props.speakerNext}
      />
      <QuoteCitation quote={quote} breadcrumbs={props.breadcrumbs} />
      <QuoteShare quote={quote} page={page} className="mt-10" />
      <EmbedCode embed={page.embed} what="quote" className="mt-6" />
      <QuotePager previous={props.previous} next={props.next} />
    </article>
  );
}
