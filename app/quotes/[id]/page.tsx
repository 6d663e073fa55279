import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuoteCitation } from "@/components/quotes/quote-citation";
import { QuoteNeighbours, QuotePager } from "@/components/quotes/quote-neighbours";
import { QuotePageFigure } from "@/components/quotes/quote-page-figure";
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
      <QuotePageFigure quote={quote} changes={page.changes} />
      <QuoteNeighbours
        quote={quote}
        speakerPrevious={props.speakerPrevious}
        speakerNext={props.speakerNext}
      />
      <QuoteCitation quote={quote} breadcrumbs={props.breadcrumbs} />
      <QuotePager previous={props.previous} next={props.next} />
    </article>
  );
}
