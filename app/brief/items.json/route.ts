import { getContentApi } from "@/lib/content/api";
import { briefRecords } from "@/lib/brief/records";
import { site } from "@/lib/site";
import { getSite } from "@/lib/site-model/api";

// Written once at build, as a file, under next start and in a static export alike; fetched
// only by the /brief page.
export const dynamic = "force-static";

export function GET() {
  const publisher = site.sitePublisher.name;
  return Response.json(
    briefRecords(getContentApi(), getSite(), {
      name: site.name,
      url: site.url,
      ...(publisher ? { publisher } : {}),
    }),
  );
}
