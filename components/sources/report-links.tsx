import { getSource } from "@/lib/content/api";

/** The sources that hold the report itself: its home on CELCIS's site and its library entry. */
export const REPORT_HOME = "celcis-study-page";
export const REPORT_LIBRARY = "better-care-network-report";

/** Leads readers to the full report, named plainly, from addresses kept in content/sources. */
export function ReportLinks({ className = "" }: { className?: string }) {
  const home = getSource(REPORT_HOME);
  const library = getSource(REPORT_LIBRARY);
  if (!home) return null;
  return (
    <p className={className}>
      <a href={home.url} className="font-semibold">
        Read the full report on the CELCIS website
      </a>
      {library ? (
        <>
          {" "}
          or in the <a href={library.url}>Better Care Network library</a>
        </>
      ) : null}
      .
    </p>
  );
}
