import type { ContentApi } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import type { EasyRead, EasyReadIcon } from "@/lib/content/schemas";
import type { SiteModel } from "./model";

/**
 * What the Easy Read pages render (app/easy-read/), joined once from the content and the model:
 * each point with its picture decided (its own icon, else its key element's).
 */

export interface EasyReadPointView {
  text: string;
  icon: EasyReadIcon;
}

const pointsOf = (page: EasyRead, fallback?: EasyReadIcon): EasyReadPointView[] =>
  page.points.map((point) => ({ text: point.text, icon: point.icon ?? fallback ?? "file-text" }));

const easyReadOf = (api: ContentApi, slug: string) =>
  api.bundle.easyRead.find((page) => page.slug === slug);

/** /easy-read: the headline finding in Easy Read, and a link to each key element's page. */
export function easyReadIndexProps(api: ContentApi, model: SiteModel) {
  const headline = api.getSiteConfig().headlineFinding;
  const page = easyReadOf(api, headline);
  if (!page) return undefined;
  return {
    page: model.require(routes.easyRead()),
    title: page.title,
    points: pointsOf(page),
    /** The full page this one retells. */
    fullHref: routes.finding(headline),
    elements: api.getElements().flatMap((element) => {
      const easy = easyReadOf(api, element.slug);
      return easy
        ? [
            {
              slug: element.slug,
              number: element.number,
              title: easy.title,
              icon: element.icon,
              colour: element.colour,
              href: routes.easyReadElement(element.slug),
            },
          ]
        : [];
    }),
  };
}
export type EasyReadIndexProps = NonNullable<ReturnType<typeof easyReadIndexProps>>;

/** /easy-read/<slug>: one key element in Easy Read, with the way back to its full page. */
export function easyReadElementProps(api: ContentApi, model: SiteModel, slug: string) {
  const element = api.getElement(slug);
  const page = easyReadOf(api, slug);
  if (!element || !page) return undefined;
  const path = routes.easyReadElement(slug);
  const { previous, next } = api.getAdjacentElements(slug);
  const neighbour = (e?: { slug: string }) => {
    const easy = e ? easyReadOf(api, e.slug) : undefined;
    return e && easy ? { title: easy.title, href: routes.easyReadElement(e.slug) } : undefined;
  };
  return {
    page: model.require(path),
    number: element.number,
    count: api.getElements().length,
    title: page.title,
    element: { title: element.title, icon: element.icon, colour: element.colour },
    points: pointsOf(page, element.icon),
    fullHref: routes.element(slug),
    indexHref: routes.easyRead(),
    previous: neighbour(previous),
    next: neighbour(next),
  };
}
export type EasyReadElementProps = NonNullable<ReturnType<typeof easyReadElementProps>>;
