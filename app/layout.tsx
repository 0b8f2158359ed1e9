import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Belarus Defence Archive', template: '%s · Belarus Defence Archive' },
  description: 'A small archive of news and analysis on Belarus’s defence industry and its partners.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
