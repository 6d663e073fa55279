import { useSyncExternalStore } from "react";
import { readBrief, subscribeBrief, type StoredBrief } from "@/lib/brief/store";

/** The stored brief in this browser; null before hydration (the server knows no brief). */
export function useStoredBrief(): StoredBrief | null {
  return useSyncExternalStore(subscribeBrief, readBrief, () => null);
}
