import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { speakerName } from "@/lib/content/quote-view";
import { PageHeader } from "@/components/ui/page-header";
import { getQuotes, getSpeakers } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Speakers",
  description:
    "The three people quoted in the news release on the concluding report, and what each of them said.",
  path: routes.speakers(),
});

export default function SpeakersPage() {
  const speakers = getSpeakers();
  return (
    <>
      <PageHeader
        title="Speakers"
        lead={
          <p>
            Three people are quoted in the news release on the concluding report. Each page gives
            everything they said there, word for word and in order.
          </p>
        }
      />
      <ul className="grid list-none gap-4 p-0 md:grid-cols-3">
        {speakers.map((speaker) => {
          const count = getQuotes({ speaker: speaker.slug }).length;
          return (
            <li key={speaker.slug} className="rounded-lg border border-line p-5">
              <h2 className="text-xl font-bold">
                <Link href={routes.speaker(speaker.slug)}>{speakerName(speaker)}</Link>
              </h2>
              <p className="mt-1 font-medium">
                {speaker.role}, {speaker.organisation}
              </p>
              <p className="mt-3 text-ink-muted">{speaker.bio}</p>
              <p className="mt-3 text-sm font-semibold">
                {count} {count === 1 ? "quote" : "quotes"}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
