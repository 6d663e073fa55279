import type { MetadataRoute } from "next";
import { routes } from "@/lib/content/routes";
import { site } from "@/lib/site";
import { getSite } from "@/lib/site-model/api";

export const dynamic = "force-static";

/** The web manifest: how the site looks when saved to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.reportTitle,
    short_name: site.name,
    description: getSite().require(routes.home()).description,
    start_url: routes.home(),
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0a5a8a",
    icons: [
      { src: routes.icon("svg"), sizes: "any", type: "image/svg+xml" },
      { src: routes.icon("192"), sizes: "192x192", type: "image/png" },
      { src: routes.icon("512"), sizes: "512x512", type: "image/png" },
      { src: routes.icon("512"), sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
