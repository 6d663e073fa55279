import type { CitableWork } from "./work";
import { contributorName, joinNames, publisherRepeatsAuthor, sentence, yearOf } from "./work";

/** The author and date part: "Ottaway, H. (2023)". */
function authorYear(work: CitableWork): string {
  return `${joinNames(work.authors.map(contributorName), "and")} (${yearOf(work)})`;
}

/** The work itself, with no URL: title, medium, note, container and publisher. */
function body(work: CitableWork): string {
  const medium = work.medium ? ` [${work.medium}]` : "";
  const title = work.container
    ? `'${work.title}', in ${work.container.title}${medium}`
    : `${work.title}${medium}`;
  const parts = [`${authorYear(work)} ${title}`];
  if (work.note) parts.push(work.note);
  if (work.publisher && !publisherRepeatsAuthor(work)) parts.push(work.publisher);
  return parts.map(sentence).join(" ");
}

/**
 * A Harvard reference (Cite Them Right style) in plain text, for copying. A quote is cited as
 * its speaker's words "quoted in" the work that published them.
 */
export function formatHarvard(work: CitableWork): string {
  const cited = work.quotedIn
    ? `${authorYear(work)} '${work.title}', quoted in ${body(work.quotedIn)}`
    : body(work);
  const url = work.url ?? work.quotedIn?.url;
  return url ? `${sentence(cited)} Available at: ${url}` : sentence(cited);
}
