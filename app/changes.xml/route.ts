import { changesAtom } from "@/lib/changes/feed";
import { routes } from "@/lib/content/routes";
import { fileHeaders } from "@/lib/data/file-headers";
import { site } from "@/lib/site";
import { getSite } from "@/lib/site-model/api";

// Written as a static file at build, for `next start` and the static export alike.
export const dynamic = "force-static";

export function GET() {
  const publisher = site.sitePublisher.name;
  return new Response(
    changesAtom(getSite().changeLog, {
      name: site.name,
      url: site.url,
      changesPath: routes.changes(),
      feedPath: routes.changesFeed(),
      ...(publisher ? { publisher } : {}),
    }),
    { headers: fileHeaders.changesFeed.headers },
  );
}
