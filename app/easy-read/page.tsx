import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EasyReadElements } from "@/components/easy-read/easy-read-elements";
import { EasyReadPage } from "@/components/easy-read/easy-read-page";
import { HelpPanel } from "@/components/help/help-panel";
import { routes, sectionId } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.easyRead());

export default function EasyReadIndexPage() {
  const props = pageProps.easyReadIndex();
  if (!props) notFound();
  return (
    <EasyReadPage
      eyebrow="Easy Read"
      title={props.title}
      points={props.points}
      changes={props.page.changes}
      full={{ href: props.fullHref, label: "Read the full page. It uses harder words." }}
    >
      <EasyReadElements id={sectionId.elements} elements={props.elements} />
      <HelpPanel {...pageProps.help()} />
    </EasyReadPage>
  );
}
