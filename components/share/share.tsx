import type { ReactNode } from "react";
import { site } from "@/lib/site";
import { ShareButton } from "./share-button.client";

/**
 * Share a page of the public site: the device's share sheet with the page's title and canonical
 * address (on SITE_URL, whichever address the reader is on), or a copy of that address where the
 * browser has no share sheet. `what` names the page in the announcement ("key element").
 */
export function Share({
  page,
  what,
  className,
}: {
  page: { path: string; title: string };
  what: string;
  className?: string;
}) {
  return (
    <ShareButton
      url={`${site.url}${page.path}`}
      title={page.title}
      copiedMessage={`Link to this ${what} copied`}
      {...(className ? { className } : {})}
    />
  );
}

/** A row of page actions (Share and its neighbours) that wraps on a narrow screen; not printed. */
export function ShareRow({
  children,
  className = "",
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-x-3 gap-y-2 print:hidden ${className}`}>
      {children}
    </div>
  );
}
