import type { LucideIcon, LucideProps } from "lucide-react";
import type { CSSProperties } from "react";
import { createElement } from "react";
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
import type { ElementColour, ElementIcon } from "@/lib/content/schemas";

/**
 * How a key element looks, from its own front matter: `icon` (a name the element schema
 * allows) and `colour` (`light` and `dark`, validated as #rrggbb and checked for contrast in
 * both themes by tests/unit/element-theme.test.ts). Element pages, cards, tags, the home page
 * picture and the preview images all draw an element through this module.
 */
export interface ElementLook {
  icon: ElementIcon;
  colour: ElementColour;
}

export interface ElementTheme {
  icon: LucideIcon;
  light: string;
  dark: string;
}

/** The component for each icon name the element schema allows, and no other. */
const icons = {
  blocks: Blocks,
  "hand-coins": HandCoins,
  "heart-handshake": HeartHandshake,
  landmark: Landmark,
  "map-pin": MapPin,
  megaphone: Megaphone,
  scale: Scale,
  users: Users,
} as const satisfies Record<ElementIcon, LucideIcon>;

export function elementIcon(element: Pick<ElementLook, "icon">): LucideIcon {
  return icons[element.icon];
}

/** An element's icon, drawn: `<ElementIconSvg icon={element.icon} className="size-6" />`. */
export function ElementIconSvg({ icon, ...props }: { icon: ElementIcon } & LucideProps) {
  return createElement(icons[icon], props);
}

export function elementTheme(element: ElementLook): ElementTheme {
  return { icon: elementIcon(element), light: element.colour.light, dark: element.colour.dark };
}

/** The site's accent (globals.css), for a picture with no element to take its colour from. */
export const siteAccent: ElementColour = { light: "#0a5a8a", dark: "#8fcaf3" };

/**
 * Inline CSS custom properties that carry an element's colours to Tailwind classes such as
 * `text-(--el)` and `bg-(--el)`; globals.css picks --el-light or --el-dark by theme.
 */
export type ElementStyle = CSSProperties & Record<"--el-light" | "--el-dark", string>;

export function elementStyle(element: Pick<ElementLook, "colour">): ElementStyle {
  return { "--el-light": element.colour.light, "--el-dark": element.colour.dark };
}
