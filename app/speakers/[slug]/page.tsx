import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpeakerQuotes } from "@/components/quotes/speaker-quotes";
import { Share, ShareRow } from "@/components/share/share";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => getSite().keysOf("speaker", "slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(routes.speaker((await params).slug));
}

export default async function SpeakerPage({ params }: Props) {
  const props = pageProps.speaker((await params).slug);
  if (!props) notFound();
  const { speaker, page } = props;
  return (
    <>
      <PageHeader
        eyebrow="Speaker"
        title={speaker.fullName}
        lead={
          <>
            <p className="font-medium text-ink">
              {speaker.role}, {speaker.organisation}
            </p>
            <p className="mt-3">{speaker.bio}</p>
          </>
        }
        changes={page.changes}
      />
      <ShareRow className="-mt-6 mb-8">
        <Share page={page} what="speaker's page" />
      </ShareRow>
      <SpeakerQuotes {...props} />
      <SourceList sources={props.sources} />
      <ShareRow className="mt-10">
        <Share page={page} what="speaker's page" />
      </ShareRow>
    </>
  );
}
