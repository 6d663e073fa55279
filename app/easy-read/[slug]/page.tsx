import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { elementStyle } from "@/components/elements/element-theme";
import { EasyReadPage, EasyReadPager } from "@/components/easy-read/easy-read-page";
import { HelpPanel } from "@/components/help/help-panel";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => getSite().keysOf("easy-read", "slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(routes.easyReadElement((await params).slug));
}

export default async function EasyReadElementPage({ params }: Props) {
  const props = pageProps.easyReadElement((await params).slug);
  if (!props) notFound();
  return (
    <EasyReadPage
      eyebrow={`Easy Read · Key thing ${props.number} of ${props.count}`}
      title={props.title}
      points={props.points}
      colourStyle={elementStyle(props.element)}
      changes={props.page.changes}
      full={{ href: props.fullHref, label: "Read the full page. It uses harder words." }}
    >
      <HelpPanel {...pageProps.help()} />
      <EasyReadPager previous={props.previous} next={props.next} indexHref={props.indexHref} />
    </EasyReadPage>
  );
}
