import { numberInWords } from "./number-words";
import { site } from "./site";

/**
 * The home page's own words, which are not in content/: its heading and the two sentences that
 * say what the site and the report are. The page (components/home/home-intro.tsx) takes all of
 * them from here and its Markdown (lib/markdown) the two sentences, so the two cannot say
 * different things; the Markdown is headed by the report's title instead, as /llms.txt is.
 */
export function homeText(elementCount: number) {
  const count = numberInWords(elementCount);
  return {
    heading: "Changing the structure of children’s services is not enough on its own",
    lead: `This site presents the report ${site.publisher} published for ${site.commissionedBy}, and the ${count} key elements that the news release on it lists.`,
    /** Follows the report's title, which the page sets as a citation. */
    afterReportTitle: ` is the concluding report of a study that ${site.publisherFull} at the ${site.university} carried out for ${site.commissionedBy}. The news release on it says that changing how services for children, young people and families are arranged is not enough, by itself, to make sure they get the help they need. The release lists ${count} key elements which, it says, contribute to the conditions for change that works and lasts.`,
  };
}
