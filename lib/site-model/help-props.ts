import type { ContentApi } from "@/lib/content/content-api";

/**
 * The sources the help panel (components/help/help-panel.tsx) links to: Childline's website and
 * Who Cares? Scotland's page about itself, both in content/sources/ like every outside address.
 */
export const HELP_SOURCES = {
  childline: "childline-website",
  whoCaresScotland: "who-cares-scotland-about",
} as const;

export function helpPanelProps(api: ContentApi) {
  const childline = api.getSource(HELP_SOURCES.childline);
  const whoCaresScotland = api.getSource(HELP_SOURCES.whoCaresScotland);
  return {
    ...(childline ? { childline } : {}),
    ...(whoCaresScotland ? { whoCaresScotland } : {}),
  };
}
