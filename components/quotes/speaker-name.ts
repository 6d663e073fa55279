import type { Speaker } from "@/lib/content/schemas";

/** "Professor Alexis Jay OBE": honorific, name and post-nominals as the person is known. */
export function speakerName(speaker: Pick<Speaker, "honorific" | "name" | "postNominals">): string {
  return [speaker.honorific, speaker.name, speaker.postNominals].filter(Boolean).join(" ");
}
