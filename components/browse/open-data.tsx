import { dataFiles } from "@/lib/data/open-data";

/** Links to the data files, with what they hold, for people who reuse the quotes and findings. */
export function OpenData({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="open-data-heading" id="open-data" className="mt-12 max-w-3xl">
      <Heading id="open-data-heading" className="mb-4 text-2xl font-bold">
        Open data
      </Heading>
      <p>
        The quotes and findings are also published as data, so they can be reused without copying
        them from the pages:{" "}
        <a href={dataFiles.quotesJson} download>
          quotes.json
        </a>
        ,{" "}
        <a href={dataFiles.quotesCsv} download>
          quotes.csv
        </a>{" "}
        and{" "}
        <a href={dataFiles.findingsJson} download>
          findings.json
        </a>
        . Each quote has its id, the speaker’s name, role and organisation, the text word for word,
        its position in the source, the source’s title, publisher, date and web address, the key
        elements it speaks to, and the full web address of its page on this site (its permalink).
        Each finding has its slug, title, kind, summary, key elements, sources and permalink. In the
        CSV file the key elements are listed by slug, separated by semicolons.
      </p>
    </section>
  );
}
