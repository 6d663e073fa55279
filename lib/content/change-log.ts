import type { ContentBundle } from "./load";
import { routes } from "./routes";
import type { ChangeNote } from "./schemas";
import type { SitePageKind } from "./site-pages";
import { listSitePages } from "./site-pages";

/** One change to one page's words, as /changes and its feed list it. */
export interface ChangeEntry extends ChangeNote {
  path: string;
  /** The page's title and kind, as the site's page list gives them. */
  title: string;
  kind: SitePageKind;
}

const newestFirst = (a: ChangeNote, b: ChangeNote) => b.date.localeCompare(a.date);

/** Every page's change notes by its address, newest first. */
export function changesByPath(bundle: ContentBundle): Map<string, ChangeNote[]> {
  const byPath = new Map<string, ChangeNote[]>();
  const add = (path: string, notes: readonly ChangeNote[]) => {
    if (notes.length > 0) byPath.set(path, [...(byPath.get(path) ?? []), ...notes]);
  };
  for (const e of bundle.elements) add(routes.element(e.slug), e.changes);
  for (const f of bundle.findings) add(routes.finding(f.slug), f.changes);
  for (const p of bundle.pages) add(routes.page(p.slug), p.changes);
  for (const s of bundle.speakers) add(routes.speaker(s.slug), s.changes);
  for (const c of bundle.changes) add(c.path, c.changes);
  for (const notes of byPath.values()) notes.sort(newestFirst);
  return byPath;
}

/** Every change note on the site, newest first; on one day, in the order of the page list. */
export function changeLog(bundle: ContentBundle): ChangeEntry[] {
  const byPath = changesByPath(bundle);
  const entries = listSitePages(bundle).flatMap((page) =>
    (byPath.get(page.path) ?? []).map((note) => ({
      ...note,
      path: page.path,
      title: page.title,
      kind: page.kind,
    })),
  );
  // A stable sort keeps the page list's order within a day.
  return entries.sort(newestFirst);
}
