import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

// Content is validated and compiled into .generated/ before `next build` (see
// scripts/build-content.ts); every page is then generated statically from it.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  headers: async () => [{ source: "/(.*)", headers: securityHeaders() }],
};

export default nextConfig;
