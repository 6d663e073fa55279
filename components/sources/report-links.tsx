import { getSource } from "@/lib/content/api";

/** The sources that hold the report: the study's page on CELCIS's site and its library entry. */
export const REPORT_HOME = "celcis-study-page";
export const REPORT_LIBRARY = "better-care-network-report";

/**
 * Leads readers to the report, saying no more than the sources do: CELCIS's page describes the
 * study and lists its publications; the Better Care Network library entry holds the report file.
 */
export function ReportLinks({ className = "" }: { className?: string }) {
  const home = getSource(REPORT_HOME);
  const library = getSource(REPORT_LIBRARY);
  if (!home) return null;
  return (
    <p className={className}>
      <a href={home.url} className="font-semibold">
        The study and its publications on the CELCIS website
      </a>
      {library ? (
        <>
          ; the report&rsquo;s file in the <a href={library.url}>Better Care Network library</a>
        </>
      ) : null}
      .
    </p>
  );
}
