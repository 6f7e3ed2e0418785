import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { OfflineSupport } from '@/components/offline/offline-support';
import './globals.css';

export const metadata: Metadata = {
  title: 'NN Playground',
  description: 'A live, in-browser neural-network playground that teaches the maths of a first deep-learning course.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1e293b' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <OfflineSupport />
      </body>
    </html>
  );
}
