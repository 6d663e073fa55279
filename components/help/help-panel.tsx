import { Phone } from "lucide-react";
import { QuickExit } from "@/components/layout/quick-exit.client";
import type { Source } from "@/lib/content/schemas";
import { site } from "@/lib/site";

/** Childline's number as facts.md gives it, and the same number for a tel: link. */
const CHILDLINE_NUMBER = "0800 1111";
const CHILDLINE_TEL = `tel:${CHILDLINE_NUMBER.replace(/\s+/g, "")}`;

/** A website's address without its scheme or a trailing slash, as people read it aloud. */
const shownAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");

const linkClass = "inline-flex min-h-6 items-center font-semibold";

/**
 * "If you need to talk to someone": Childline and Who Cares? Scotland, with only what the checked
 * facts say about them, and the quick exit beside them. Its addresses come from content/sources/
 * (the help sources, `helpPanelProps` in lib/site-model/help-props.ts); without one, the line that
 * needs it says less rather than guess an address.
 */
export function HelpPanel({
  childline,
  whoCaresScotland,
}: {
  childline?: Pick<Source, "url">;
  whoCaresScotland?: Pick<Source, "url">;
}) {
  return (
    <aside
      aria-labelledby="help-panel-heading"
      data-help-panel=""
      className="my-10 max-w-3xl rounded-lg border border-line bg-surface p-5 sm:p-6"
    >
      <h2 id="help-panel-heading" className="text-xl leading-tight font-bold sm:text-2xl">
        If you need to talk to someone
      </h2>
      <div className="mt-4 space-y-4">
        <p>
          <strong>Childline</strong> is free and confidential. It is for anyone under 19 in the UK,
          and it is open day and night. Calls to it do not show on phone bills.
        </p>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <a href={CHILDLINE_TEL} className={`${linkClass} gap-2 text-lg`}>
            <Phone aria-hidden="true" className="size-5" />
            Call Childline on {CHILDLINE_NUMBER}
          </a>
        </p>
        <p>
          You can also email Childline or chat online, one to one.
          {childline ? (
            <>
              {" "}
              Its website is{" "}
              <a href={childline.url} rel="noopener" className={linkClass}>
                {shownAddress(childline.url)}
              </a>
              .
            </>
          ) : null}
        </p>
        <p>
          <strong>Who Cares? Scotland</strong> is a charity. It gives independent advocacy to Care
          Experienced people of all ages in Scotland: people who are or have been in care. It also
          runs a helpline for them.
          {whoCaresScotland ? (
            <>
              {" "}
              <a href={whoCaresScotland.url} rel="noopener" className={linkClass}>
                About Who Cares? Scotland
              </a>
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
          <p>If you need to leave this site quickly:</p>
          <QuickExit url={site.quickExitUrl} />
        </div>
      </div>
    </aside>
  );
}
