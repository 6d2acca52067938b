import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers load WASM and native sockets at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
