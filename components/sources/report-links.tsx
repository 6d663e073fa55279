import type { Source } from "@/lib/content/schemas";

/**
 * Leads readers to the report, saying no more than the sources do: CELCIS's page describes the
 * study and lists its publications; the Better Care Network library entry holds the report file.
 * Which sources these are is content (content/site.yaml).
 */
export function ReportLinks({
  studyPage,
  reportFile,
  className = "",
}: {
  studyPage?: Pick<Source, "url">;
  reportFile?: Pick<Source, "url">;
  className?: string;
}) {
  if (!studyPage) return null;
  return (
    <p className={className}>
      <a href={studyPage.url} className="font-semibold">
        The study and its publications on the CELCIS website
      </a>
      {reportFile ? (
        <>
          ; the report&rsquo;s file in the <a href={reportFile.url}>Better Care Network library</a>
        </>
      ) : null}
      .
    </p>
  );
}
