// Says, in one line, when links and preview images will point at the local fallback address.
import { resolveSiteUrl, siteUrlNotice } from "@/lib/site-url";

try {
  const notice = siteUrlNotice(resolveSiteUrl(process.env));
  if (notice) console.log(notice);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
