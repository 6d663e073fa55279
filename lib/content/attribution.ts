/**
 * How the site names whose words it shows. The wording of each key element comes from the news
 * release's list (which says the report's key elements "include" them), so it is labelled as
 * the release's words wherever it is shown, read aloud or cited: never as the report's.
 */
export const RELEASE_WORDING_LABEL = "The news release's words";

/** Among an element's sources, the news release its wording is taken from. */
export const releaseOf = <S extends { kind: string }>(sources: readonly S[]): S | undefined =>
  sources.find((s) => s.kind === "news-release");
