import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

// `npm run export` sets NEXT_OUTPUT=export for a static site in out/ (scripts/export.ts); read
// here once. Everything else is the same in both builds, trailingSlash included, so URLs agree.
const isExport = process.env.NEXT_OUTPUT === "export";

// Content is validated and compiled into .generated/ before `next build` (see
// scripts/build-content.ts); every page is then generated statically from it.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  trailingSlash: false,
  // A static export cannot send headers: out/_headers carries them for the host instead.
  ...(isExport
    ? { output: "export" as const, images: { unoptimized: true } }
    : { headers: async () => [{ source: "/(.*)", headers: securityHeaders() }] }),
};

export default nextConfig;
