import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { numberInWords } from "@/lib/number-words";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.speakers());

export default function SpeakersPage() {
  const page = getSite().require(routes.speakers());
  const { speakers } = pageProps.lists();
  return (
    <>
      <PageHeader
        title={page.title}
        lead={
          <p>
            {numberInWords(speakers.length, { capital: true })} people are quoted in the news
            release on the concluding report. Each page gives everything they said there, word for
            word and in order.
          </p>
        }
        changes={page.changes}
      />
      <ul className="grid list-none gap-4 p-0 md:grid-cols-3">
        {speakers.map((speaker) => (
          <li key={speaker.slug} className="rounded-lg border border-line p-5">
            <h2 className="text-xl font-bold">
              <Link href={speaker.href}>{speaker.name}</Link>
            </h2>
            <p className="mt-1 font-medium">
              {speaker.role}, {speaker.organisation}
            </p>
            <p className="mt-3 text-ink-muted">{speaker.bio}</p>
            <p className="mt-3 text-sm font-semibold">
              {speaker.count} {speaker.count === 1 ? "quote" : "quotes"}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
