import type { MetadataRoute } from 'next';

/** Written once at build time to `out/manifest.webmanifest` (static export). */
export const dynamic = 'force-static';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** The web app manifest: makes the site installable; every URL carries the base path. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'NN Playground',
    short_name: 'NN Playground',
    description: 'A live, in-browser neural-network playground that teaches the maths of a first deep-learning course.',
    id: `${basePath}/`,
    start_url: `${basePath}/`,
    scope: `${basePath}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1e293b',
    icons: [
      { src: `${basePath}/icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${basePath}/icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${basePath}/icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${basePath}/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
