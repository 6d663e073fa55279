import { renderAppIcon } from "@/components/og/app-icon";

// Written as a static file at build; Apple devices also look for it at this address by default.
export const dynamic = "force-static";

export function GET() {
  return renderAppIcon(180);
}
