/**
 * Regenerates the site icons (favicon.ico, icon.png, apple-icon.png and the
 * manifest's 192/512 PNGs) from one monogram design. Run on purpose only
 * (`npm run icons`); the outputs are committed.
 */
import { writeFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';
import { cardFonts, CARD_FONT_FAMILY } from '@/lib/og/fonts';

async function monogram(size: number): Promise<Buffer> {
  const response = new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: '#0f172a',
          color: '#fbbf24',
          fontFamily: CARD_FONT_FAMILY,
          fontWeight: 700,
          fontSize: Math.round(size * 0.5),
          borderRadius: Math.round(size * 0.18),
        }}
      >
        BD
      </div>
    ),
    { width: size, height: size, fonts: cardFonts() },
  );
  return Buffer.from(await response.arrayBuffer());
}

/** An ICO file holding PNG images (supported by every current browser). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await monogram(size) })));
writeFileSync('app/favicon.ico', ico(favicon));
writeFileSync('app/icon.png', await monogram(192));
writeFileSync('app/apple-icon.png', await monogram(180));
writeFileSync('public/icon-192.png', await monogram(192));
writeFileSync('public/icon-512.png', await monogram(512));
console.log('icons written: app/favicon.ico, app/icon.png, app/apple-icon.png, public/icon-192.png, public/icon-512.png');
