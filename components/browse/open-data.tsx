import { Link } from "@/components/ui/link.client";
import { routes } from "@/lib/content/routes";
import { dataFiles } from "@/lib/data/open-data";

/** Links to the data files and to the page that documents them, for people who reuse them. */
export function OpenData({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="open-data-heading" id="open-data" className="mt-12 max-w-3xl">
      <Heading id="open-data-heading" className="mb-4 text-2xl font-bold">
        Open data
      </Heading>
      <p>
        The quotes, findings and key elements are also published as data, so they can be reused
        without copying them from the pages:{" "}
        <a href={dataFiles.quotesJson} download>
          quotes.json
        </a>
        ,{" "}
        <a href={dataFiles.quotesCsv} download>
          quotes.csv
        </a>{" "}
        (for spreadsheets),{" "}
        <a href={dataFiles.findingsJson} download>
          findings.json
        </a>{" "}
        and{" "}
        <a href={dataFiles.elementsJson} download>
          elements.json
        </a>
        . The quotes are the speakers&rsquo; own words, quoted from the news release, and are not
        this site&rsquo;s to license.
      </p>
      <p className="mt-3">
        <Link href={routes.data()} className="inline-flex min-h-6 items-center font-semibold">
          About the open data: every file, its fields, how to cite it and what you may reuse
        </Link>
      </p>
    </section>
  );
}
