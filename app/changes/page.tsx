import type { Metadata } from "next";
import { DateText } from "@/components/ui/date-text";
import { Link } from "@/components/ui/link.client";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { getSite } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";
import type { ChangeEntry } from "@/lib/site-model/model";

export const metadata: Metadata = metadataFor(routes.changes(), { atomFeed: routes.changesFeed() });

/** What sort of page each entry is, said before its title. */
const kindLabel: Partial<Record<ChangeEntry["kind"], string>> = {
  element: "Key element",
  finding: "Finding",
  speaker: "Speaker",
  page: "Page",
  list: "List",
};

/** The log grouped by day, keeping its order (newest day first). */
function byDay(entries: readonly ChangeEntry[]): [string, ChangeEntry[]][] {
  const days = new Map<string, ChangeEntry[]>();
  for (const entry of entries) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  return [...days];
}

export default function ChangesPage() {
  const site = getSite();
  const days = byDay(site.changeLog);
  return (
    <>
      <PageHeader
        title={site.require(routes.changes()).title}
        lead={
          <p>
            When we change the words on a page, we say so here and on the page itself, with the
            date. Quotes are never changed: they are the speakers&rsquo; exact words. Follow new
            changes in a feed reader with the <a href={routes.changesFeed()}>Atom feed</a>.
          </p>
        }
      />
      {days.length === 0 ? (
        <p>No page&rsquo;s words have changed since the site was first published.</p>
      ) : (
        <ol className="max-w-3xl list-none space-y-10 p-0">
          {days.map(([date, entries]) => (
            <li key={date}>
              <h2 className="text-xl font-bold">
                <DateText iso={date} />
              </h2>
              <ul className="mt-4 list-none space-y-4 p-0">
                {entries.map((entry, index) => (
                  <li key={`${entry.path}-${index}`} className="border-l-2 border-line pl-4">
                    <p className="font-semibold">
                      {kindLabel[entry.kind] ? (
                        <span className="font-normal text-ink-muted">
                          {kindLabel[entry.kind]}:{" "}
                        </span>
                      ) : null}
                      <Link href={entry.path}>{entry.title}</Link>
                    </p>
                    <p className="mt-1">{entry.note}</p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
