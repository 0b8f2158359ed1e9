import { describe, expect, it } from 'vitest';
import { matchByline } from '@/lib/content/segment/byline';

const author = (t: string) => matchByline(t)?.author ?? null;

describe('a byline label joined to a picture label before the name', () => {
  it('cuts the picture label the label run read as the name’s first word', () => {
    expect(author('Text und Foto Lena Huber')).toBe('Lena Huber');
    expect(author('Text och Bild Anna Berg')).toBe('Anna Berg');
    expect(author('Texto e Fotos Ana Souza')).toBe('Ana Souza');
  });

  it('keeps a name of two words after a label as written', () => {
    expect(author('Text von Lena Huber')).toBe('Lena Huber');
    expect(author('Texto de Ana Souza')).toBe('Ana Souza');
  });

  it('leaves a picture label before a single name word uncut', () => {
    expect(author('Text und Foto Huber')).not.toBe('Huber');
  });
});
