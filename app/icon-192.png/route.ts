import { renderAppIcon } from "@/components/og/app-icon";

// Written as a static file at build, for `next start` and the static export alike.
export const dynamic = "force-static";

export function GET() {
  return renderAppIcon(192);
}
