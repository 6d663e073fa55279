import "server-only";
import type { Metadata } from "next";
import { metadataOfPage } from "@/lib/seo/metadata";
import { getSite } from "./api";

/** A page's metadata, from the site model: what every page's generateMetadata returns. */
export function metadataFor(path: string, options: { atomFeed?: string } = {}): Metadata {
  return metadataOfPage(getSite().require(path), options);
}
