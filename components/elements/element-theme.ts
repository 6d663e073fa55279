import type { LucideIcon } from "lucide-react";
import type { CSSProperties } from "react";
import {
  Blocks,
  HandCoins,
  HeartHandshake,
  Landmark,
  MapPin,
  Megaphone,
  Scale,
  Users,
} from "lucide-react";

/**
 * Each key element's colour and icon, in one place: element pages, cards, tags, the home page
 * picture and the preview images all read this. `light` is dark enough for text on a light page
 * and as a fill under white text; `dark` is light enough for text on a dark page and as a fill
 * under dark text. tests/unit/element-theme.test.ts checks WCAG AA contrast for every pair.
 */
export interface ElementTheme {
  icon: LucideIcon;
  /** The icon's name, for places that draw it without React (preview images). */
  iconName: string;
  light: string;
  dark: string;
}

export const elementThemes = {
  relationships: {
    icon: HeartHandshake,
    iconName: "heart-handshake",
    light: "#be123c",
    dark: "#fda4af",
  },
  workforce: { icon: Users, iconName: "users", light: "#1d4ed8", dark: "#93c5fd" },
  "national-leadership": {
    icon: Landmark,
    iconName: "landmark",
    light: "#6d28d9",
    dark: "#c4b5fd",
  },
  "local-services": { icon: MapPin, iconName: "map-pin", light: "#047857", dark: "#6ee7b7" },
  "enabling-structures": { icon: Blocks, iconName: "blocks", light: "#0e7490", dark: "#67e8f9" },
  "aligned-policy-and-legislation": {
    icon: Scale,
    iconName: "scale",
    light: "#4d5a0f",
    dark: "#d9f99d",
  },
  "tackling-poverty": {
    icon: HandCoins,
    iconName: "hand-coins",
    light: "#b45309",
    dark: "#fcd34d",
  },
  "rights-and-participation": {
    icon: Megaphone,
    iconName: "megaphone",
    light: "#a21caf",
    dark: "#f0abfc",
  },
} as const satisfies Record<string, ElementTheme>;

/** Used for an element with no entry above (new content), so nothing breaks: the site accent. */
export const fallbackElementTheme: ElementTheme = {
  icon: Blocks,
  iconName: "blocks",
  light: "#0a5a8a",
  dark: "#8fcaf3",
};

export function elementTheme(slug: string): ElementTheme {
  return (elementThemes as Record<string, ElementTheme>)[slug] ?? fallbackElementTheme;
}

/**
 * Inline CSS custom properties that carry an element's colours to Tailwind classes such as
 * `text-(--el)` and `bg-(--el)`; globals.css picks --el-light or --el-dark by theme.
 */
export type ElementStyle = CSSProperties & Record<"--el-light" | "--el-dark", string>;

export function elementStyle(slug: string): ElementStyle {
  const theme = elementTheme(slug);
  return { "--el-light": theme.light, "--el-dark": theme.dark };
}
