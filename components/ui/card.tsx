import type { CSSProperties, ReactNode } from "react";

/**
 * A bordered card. With `element` (its `elementStyle`) the card carries the element's colour as a
 * top rule; a stretched link inside (`after:absolute after:inset-0`) makes the whole card a target.
 */
export function Card({
  children,
  elementStyle,
  className = "",
}: {
  children: ReactNode;
  elementStyle?: CSSProperties;
  className?: string;
}) {
  return (
    <article
      data-element={elementStyle ? "" : undefined}
      style={elementStyle}
      className={`relative flex h-full flex-col rounded-lg border border-line bg-canvas p-5 shadow-sm transition-colors focus-within:border-accent hover:border-accent ${elementStyle ? "border-t-4 border-t-(--el) focus-within:border-(--el) hover:border-(--el)" : ""} ${className}`}
    >
      {children}
    </article>
  );
}
