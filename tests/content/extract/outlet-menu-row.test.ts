/**
 * A name in sentence case, or in a script without case, alone on the page's first line over a menu whose head says
 * it is one: its first line is or opens with the home link, or, under a cased name, sets its entries on one line
 * (outlet-menu-head.ts overMenuHead). And the lines of that place that are no name. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { menuHeadMastheadFind } from '@/lib/content/extract/outlet-menu-head';

const PT_STORY = [
  'Câmara aprova obras na ponte velha do rio',
  '05/12/2026',
  'A câmara municipal aprovou na quinta-feira as obras de reabilitação da ponte velha, fechada desde o inverno.',
  'As obras devem custar dois milhões de euros e começar na primavera, segundo a autarquia.',
  'A presidente disse esperar que a ponte reabra aos peões até ao fim do próximo ano.',
];
const AR_STORY = [
  'البلدية تفتتح سوقا جديدا للمزارعين قرب النهر',
  '05-12-2026',
  'افتتحت البلدية صباح السبت سوقا أسبوعيا جديدا للمزارعين على الضفة الشرقية للنهر.',
  'وقال رئيس البلدية إن السوق سيفتح أبوابه كل سبت حتى الظهر.',
];
const filled = (lines: string[]) => sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== '');
const head = (lines: string[], language: string) => menuHeadMastheadFind(filled(lines), nameStopwords(language))?.value ?? null;
const outlet = (lines: string[], language: string, headlineLine: number | null = null) =>
  chooseOutlet(outletFinds(sourceLines(lines.join('\n')), nameStopwords(language)), null, headlineLine)?.value ?? null;

describe('a name over a menu that opens with its home link or sets its entries on one line', () => {
  it.each([
    ['over a row apart by bars, home link first', ['Folha da serra', 'Início | Política | Desporto', ...PT_STORY], 'pt', 'Folha da serra'],
    ['over a row of capitalised words', ['Folha da serra', 'Política Economia Desporto', ...PT_STORY], 'pt', 'Folha da serra'],
    ['over two rows apart by bars', ['Folha da serra', 'Política | Economia', 'Desporto | Cultura | Vida local', ...PT_STORY], 'pt', 'Folha da serra'],
    ['over a home link and entries as long as it', ['Folha da serra', 'Início', 'Política nacional', 'Economia e finanças', ...PT_STORY], 'pt', 'Folha da serra'],
    ['without case, over a row with the home link first', ['صدى الوادي', 'الرئيسية | أخبار محلية | اقتصاد', ...AR_STORY], 'ar', 'صدى الوادي'],
    ['without case, over the home link and entries as long as it', ['صدى الوادي', 'الرئيسية', 'أخبار محلية', 'اقتصاد وأعمال', ...AR_STORY], 'ar', 'صدى الوادي'],
    ['in Turkish, over a row of six', ['Karadeniz postası', 'Gündem Ekonomi Spor Dünya Kültür Sağlık', 'Belediye sahil yolunu yeniden açıyor', 'Belediye meclisi salı günü yolun onarımının tamamlandığını açıkladı.'], 'tr', 'Karadeniz postası'],
  ])('is the masthead %s', (_, lines, language, name) => {
    expect(head(lines, language)).toBe(name);
    expect(outlet(lines, language)).toBe(name);
  });

  it.each([
    ['over entries as long as it, no home link (it may be the first entry)', ['Folha da serra', 'Política nacional', 'Economia e finanças', 'Desporto', ...PT_STORY], 'pt'],
    ['without case, over a row without the home link (a section over its sub-sections)', ['أخبار محلية', 'القدس | غزة | الخليل', ...AR_STORY], 'ar'],
    ['without case, over entries as long as it and no home link', ['صدى الوادي', 'أخبار محلية', 'اقتصاد وأعمال', 'ثقافة وفنون', ...AR_STORY], 'ar'],
    ['over a row of two entries only', ['Folha da serra', 'Início | Política', ...PT_STORY], 'pt'],
    ['whose word is an entry of the menu (a section’s label)', ['Desporto local', 'Início | Desporto | Cultura', ...PT_STORY], 'pt'],
    ['whose word the page writes in lower case (a label’s common word)', ['Vida local', 'Início | Política | Desporto', ...PT_STORY, 'Mais notícias da vida local'], 'pt'],
    ['printed again alone (a section’s label)', ['Vida serrana', 'Início | Política | Desporto', ...PT_STORY, 'Vida serrana'], 'pt'],
    ['opening with a function word (an account link)', ['Minha conta', 'Início | Política | Desporto', ...PT_STORY], 'pt'],
  ])('is no masthead %s', (_, lines, language) => {
    expect(head(lines, language)).toBeNull();
  });

  it('weighs the name as a kicker’s when the line under it is the story’s headline (a title in capitals reads as a row)', () => {
    const lines = ['Folha da serra', 'Câmara Aprova Obras Ponte Velha', ...PT_STORY.slice(1)];
    expect(head(lines, 'pt')).toBe('Folha da serra');
    expect(outlet(lines, 'pt', 2)).toBeNull();
  });
});
