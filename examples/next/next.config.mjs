/** @type {import('next').NextConfig} */
export default {
  // The example has no ESLint set-up of its own; `tsc` and `next build` type-check it.
  eslint: { ignoreDuringBuilds: true },
};
