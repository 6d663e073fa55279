import type { CitableWork } from "./work";
import {
  contributorName,
  joinNames,
  parseWorkDate,
  publisherRepeatsAuthor,
  sentence,
} from "./work";

function dated(work: CitableWork): string {
  const parsed = parseWorkDate(work.date);
  if (!parsed) return "(n.d.)";
  const { year, month, day } = parsed;
  // APA dates a report by its year and a news item or web page by its full date, where known.
  return work.medium !== "Report" && month && day ? `(${year}, ${month} ${day})` : `(${year})`;
}

function reference(work: CitableWork): string {
  const authors = sentence(joinNames(work.authors.map(contributorName), "&"));
  const medium = [work.medium, work.note].filter(Boolean).join(", ");
  const title = work.container ? `${work.title}. In ${work.container.title}` : work.title;
  const parts = [`${authors} ${dated(work)}`, `${title}${medium ? ` [${medium}]` : ""}`];
  if (work.publisher && !publisherRepeatsAuthor(work)) parts.push(work.publisher);
  return parts.map(sentence).join(" ");
}

/**
 * An APA (7th edition) reference in plain text, for copying. APA lists spoken words under the
 * work that published them (the speaker is named in the text: "Ottaway, as cited in CELCIS,
 * 2023"), so a quote gives the reference of its source.
 */
export function formatApa(work: CitableWork): string {
  const cited = reference(work.quotedIn ?? work);
  const url = work.url ?? work.quotedIn?.url;
  return url ? `${cited} ${url}` : cited;
}
