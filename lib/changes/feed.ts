import { Feed } from "feed";
import type { ChangeEntry } from "@/lib/site-model/model";

export interface FeedSite {
  /** The site's name, the feed's title and its author when no publisher is set. */
  name: string;
  /** The public origin, without a trailing slash. */
  url: string;
  /** Addresses of the changes page and of the feed itself, as site paths. */
  changesPath: string;
  feedPath: string;
  publisher?: string;
}

/**
 * The package marks titles and summaries as HTML (type="html"); the notes are plain text, so
 * their own "<" and "&" are escaped to show as written rather than be read as markup.
 */
const asHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Midnight UTC of a change's date: the notes are dated by day. */
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The change log as an Atom feed (RFC 4287), built with the `feed` package rather than by hand
 * so escaping and the required elements are right. Each entry's id is stable: the changes page's
 * address with the entry's date, page and position that day, so readers do not see it twice.
 */
export function changesAtom(entries: readonly ChangeEntry[], site: FeedSite): string {
  const changesUrl = `${site.url}${site.changesPath}`;
  const newest = entries[0];
  const feed = new Feed({
    id: changesUrl,
    title: `Changes to ${site.name}`,
    description: `Every change to the words of the ${site.name} website, newest first.`,
    link: changesUrl,
    language: "en-GB",
    // A feed with no entries still needs a date; the first note's date would be a guess.
    updated: newest ? dayOf(newest.date) : new Date(0),
    generator: false,
    feedLinks: { atom: `${site.url}${site.feedPath}` },
    author: { name: site.publisher ?? site.name, link: site.url },
  });
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const key = `${entry.date}${entry.path}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    feed.addItem({
      id: `${changesUrl}#${entry.date}${entry.path === "/" ? "/home" : entry.path}/${n}`,
      title: asHtml(`${entry.title}: updated`),
      link: `${site.url}${entry.path}`,
      date: dayOf(entry.date),
      description: asHtml(entry.note),
    });
  }
  return feed.atom1();
}
