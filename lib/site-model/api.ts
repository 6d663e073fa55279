import "server-only";
import { getContentApi } from "@/lib/content/api";
import type { ContentBundle } from "@/lib/content/types";
import type { SiteModel } from "./model";
import { buildSiteModel } from "./model";
import * as props from "./props";
import { helpPanelProps } from "./help-props";
import { pageGlossary, glossaryPageProps } from "./glossary-props";
import * as easyRead from "./easy-read-props";

let cached: { bundle: ContentBundle; model: SiteModel } | undefined;

/**
 * The site model for pages: built once from the content the build validated (and again in
 * development when `npm run content` rewrites it), so every page reads the same list.
 */
export function getSite(): SiteModel {
  const { bundle } = getContentApi();
  if (cached?.bundle !== bundle) cached = { bundle, model: buildSiteModel(bundle) };
  return cached.model;
}

/** Each page's props, joined from the content and the model (lib/site-model/props.ts). */
export const pageProps = {
  element: (slug: string) => props.elementPageProps(getContentApi(), getSite(), slug),
  finding: (slug: string) => props.findingPageProps(getContentApi(), getSite(), slug),
  speaker: (slug: string) => props.speakerPageProps(getContentApi(), getSite(), slug),
  speakers: () => props.speakerSummaries(getContentApi()),
  quotes: (page: number) => props.quotesPageProps(getContentApi(), getSite(), page),
  quote: (id: string) => props.quotePageProps(getContentApi(), getSite(), id),
  quotePages: () => props.quotePagesOf(getContentApi()),
  reportCitation: () => props.reportCitation(getContentApi()),
  lists: () => props.listProps(getContentApi()),
  home: () => props.homePageProps(getContentApi(), getSite()),
  siteSources: () => props.siteSources(getContentApi()),
  contentPage: (slug: string) => props.contentPageProps(getContentApi(), getSite(), slug),
  /** Where each glossary term is first used on the page at `path`, part by part. */
  glossary: (path: string) => pageGlossary(getContentApi(), path),
  glossaryPage: () => glossaryPageProps(getContentApi(), getSite()),
  /** The "If you need to talk to someone" panel's addresses. */
  help: () => helpPanelProps(getContentApi()),
  easyReadIndex: () => easyRead.easyReadIndexProps(getContentApi(), getSite()),
  easyReadElement: (slug: string) =>
    easyRead.easyReadElementProps(getContentApi(), getSite(), slug),
};
