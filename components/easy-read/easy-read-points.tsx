import type { CSSProperties } from "react";
import type { EasyReadIcon } from "@/lib/content/schemas";
import { EasyReadIconSvg } from "./easy-read-icon";

/**
 * An Easy Read page's points: one idea a line, large, well spaced, each with its picture on the
 * left. `colourStyle` carries a key element's colours (elementStyle) to the pictures.
 */
export function EasyReadPoints({
  points,
  colourStyle,
}: {
  points: readonly { text: string; icon: EasyReadIcon }[];
  colourStyle?: CSSProperties;
}) {
  return (
    <ul
      className="easy-read-points list-none space-y-6 p-0 sm:space-y-8"
      data-element={colourStyle ? "" : undefined}
      style={colourStyle}
    >
      {points.map((point, index) => (
        <li key={index} data-easy-read-point="" className="flex items-center gap-4 sm:gap-6">
          <span className="easy-read-picture flex size-16 shrink-0 items-center justify-center rounded-xl border-2 border-line bg-surface sm:size-20">
            <EasyReadIconSvg
              icon={point.icon}
              strokeWidth={1.75}
              className={`size-10 sm:size-12 ${colourStyle ? "text-(--el)" : "text-accent"}`}
            />
          </span>
          <p className="easy-read-text m-0 text-[1.35rem] leading-snug sm:text-[1.6rem]">
            {point.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
