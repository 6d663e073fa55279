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
  description:
    "The eight key elements that CELCIS found create the conditions for lasting change in Scotland's children's services, with the findings and quotes behind them.",
  /** The public origin (SITE_URL), without a trailing slash. */
  url: resolveSiteUrl(process.env).url,
  /**
   * Where "Leave this site" goes: QUICK_EXIT_URL at build time, set to a neutral site the
   * publisher has chosen. Without it, a blank page, which reveals nothing and needs no outside
   * address.
   */
  quickExitUrl: process.env.QUICK_EXIT_URL?.trim() || "about:blank",
} as const;

export const navigation = [
  { href: "/elements", label: "Key elements" },
  { href: "/findings", label: "Findings" },
  { href: "/quotes", label: "Quotes" },
  { href: "/speakers", label: "Speakers" },
  { href: "/about", label: "About the study" },
] as const;
