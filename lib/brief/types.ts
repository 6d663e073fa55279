import type { SourceRecord } from "@/lib/data/open-data";
import type { BriefKey, BriefKind } from "./address";

/** A source an item rests on, as the brief's list of sources gives it: as the data files do. */
export type BriefSource = SourceRecord;

/**
 * Everything the brief shows of one quote, finding or key element, built from the content at
 * build time (lib/brief/records.ts) and served as a static file (routes.briefData()).
 */
export interface BriefItem {
  key: BriefKey;
  kind: BriefKind;
  /** A short name for the controls that act on it ("Move up: …"). */
  label: string;
  /** Its heading in the document. */
  heading: string;
  /** Its page, as a full address. */
  url: string;
  /** A finding's or element's summary, in this site's words. */
  summary?: string;
  /** An element's wording in the news release, with the label saying whose words they are. */
  wording?: { label: string; text: string };
  /** A quote, word for word, and who said it where. */
  quote?: { text: string; speaker: string; role: string; organisation: string; source: string };
  citation: { harvard: string; apa: string };
  sources: BriefSource[];
}

/** The static file the /brief page fetches. */
export interface BriefData {
  site: { name: string; url: string };
  items: BriefItem[];
}
