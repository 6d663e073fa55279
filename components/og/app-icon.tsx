import { ImageResponse } from "next/og";

/**
 * The site's icon (the same drawing as public/icon.svg) as a PNG of any size, for platforms that
 * want bitmaps: the web manifest and Apple's home-screen icon.
 */
export function renderAppIcon(size: number): ImageResponse {
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#0a5a8a" }}>
      <svg width={size} height={size} viewBox="0 0 32 32">
        <circle cx="16" cy="16" r="9" fill="none" stroke="#fff" strokeWidth="2.5" />
        <circle cx="16" cy="16" r="3" fill="#fff" />
      </svg>
    </div>,
    { width: size, height: size },
  );
}
