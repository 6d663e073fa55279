import { resolveSitePublisher } from "./site-publisher";
import { resolveSiteUrl } from "./site-url";

/** Facts about the report and the site that every page shares. */
export const site = {
  name: "Children's Services Reform Research",
  reportTitle: "Children's Services Reform Research: Learning and Implications for Scotland",
  publisher: "CELCIS",
  publisherFull: "CELCIS (Centre for Excellence for Children's Care and Protection)",
  university: "University of Strathclyde",
  commissionedBy: "the Scottish Government",
  published: "2023-12-13",
  /** The public origin (SITE_URL), without a trailing slash. */
  url: resolveSiteUrl(process.env).url,
  /**
   * Where "Leave this site" goes: QUICK_EXIT_URL at build time, set to a neutral site the
   * publisher has chosen. Without it, a blank page, which reveals nothing and needs no outside
   * address.
   */
  quickExitUrl: process.env.QUICK_EXIT_URL?.trim() || "about:blank",
  /**
   * The organisation that publishes this website and how to reach it (SITE_PUBLISHER_NAME,
   * SITE_PUBLISHER_CONTACT at build time). Not CELCIS unless the settings say so: the sources do
   * not say who runs the site, so without the settings the site says that none is set.
   */
  sitePublisher: resolveSitePublisher(process.env),
} as const;
