import { describe, expect, it } from 'vitest';
import { classifyFurniture } from '@/lib/content/segment/line-rules';
import { isBareCredit } from '@/lib/content/segment/credit-rules';
import { isRelatedMarker } from '@/lib/content/segment/related-rules';

describe('classifyFurniture', () => {
  it.each([
    ['• $ 87.25 -0.60', 'ticker'],
    ['BR 90.06 +0.64%', 'ticker'],
    ['EUR 1.0842 ▲ 0.3%', 'ticker'],
    ['All news', 'site-prompt'],
    ['Show more news', 'site-prompt'],
    ['Subscribe to our newsletter', 'site-prompt'],
    ['Load more stories »', 'site-prompt'],
    ['Category status:', 'category-label'],
    ['Tags: Belarus, Russia, Army', 'category-label'],
    ['Фото: Министерство обороны', 'photo-credit'],
    ['Photo by Vasily Fedosenko', 'photo-credit'],
    ['© AFP', 'photo-credit'],
    ['Read also: Belarus buys Chinese drones', 'related-block'],
    ['Home | World | Belarus | Ukraine', 'navigation'],
    ['Direkt zum Inhalt', 'site-prompt'],
    ['Hoppa till innehåll', 'site-prompt'],
    ['Přejít na obsah', 'site-prompt'],
    ['Sari la conținut', 'site-prompt'],
    ['İçeriğe geç', 'site-prompt'],
    ['Umfrage: Fühlen Sie sich durch das Manöver bedroht?', 'site-prompt'],
    ['Umfrage: Ihre Meinung', 'site-prompt'],
    ["''.", 'navigation'],
    ['* * *', 'navigation'],
    ['LÄS MER: Ryssland flyttar fartyg från Östersjön', 'related-block'],
    ['Přečtěte si také: Jak se bude letos topit', 'related-block'],
    ['Citește și: Armata primește noi sisteme de apărare', 'related-block'],
    ['Fotó: MTI/Kovács Anna', 'photo-credit'],
    ['Kuva: Lehtikuva', 'photo-credit'],
    ['צילום: רויטרס', 'photo-credit'],
    ['Mainos', 'site-prompt'],
    ['Reklam', 'site-prompt'],
    // A portrait's caption: the sitter's name, a comma, then the credit label.
    ['Generalul Ion Marin, Foto: Arhiva personală', 'photo-credit'],
    ['Jana Nováková, foto: archiv redakce', 'photo-credit'],
    // Another story's headline shouted in capitals behind a short label, in languages without a table entry.
    ['İLGİLİ HABER: DENİZALTI PROJESİNDE YENİ AŞAMA', 'related-block'],
    // Behind a bullet, an arrow or a pictograph a site sets before its label.
    ['► Read also: Belarus buys Chinese drones', 'related-block'],
    ['» Lue myös: Puolustusvoimat ostaa uusia tutkia', 'related-block'],
    ['📌 Baca juga: Rusia Gelar Latihan Militer Besar', 'related-block'],
    ['• Citește și: Armata primește noi sisteme de apărare', 'related-block'],
    ['▶ İLGİLİ HABER: DENİZALTI PROJESİNDE YENİ AŞAMA', 'related-block'],
    // Set wholly in brackets.
    ['(Read also: Belarus buys Chinese drones)', 'related-block'],
    ['[Baca juga: Rusia Gelar Latihan Militer Besar]', 'related-block'],
    ['ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: ΝΕΑ ΦΡΕΓΑΤΑ ΓΙΑ ΤΟ ΝΑΥΤΙΚΟ', 'related-block'],
  ])('classifies “%s” as %s', (line, reason) => expect(classifyFurniture(line)).toBe(reason));

  it.each([
    'Within 2016, 120 MAZ trucks will be delivered from Belarus for the Ukrainian army.',
    'Kremlin Trash: Belarusian arms for ISIS',
    'Show of force in Minsk',
    // A skip link's opening words heading a sentence or a title: not a skip link.
    'Direkt zum Punkt: wie Berlin die Beschaffung plant',
    'Gå till val',
    // A headline reporting a poll's result states it; a reader poll asks.
    'Sondaggio: il 60% degli italiani favorevole alla leva',
    'Umfrage: Mehrheit der Deutschen für höhere Verteidigungsausgaben',
    'Expert: Lukashenko looking to use Ukraine’s military industry for his own military R&D',
    'Share prices fell sharply in Minsk on Monday as traders sold.',
    'In 2015, Kyiv bought from Belarus special trucks worth $1.7m.',
    'Läs mer om hur robotarna fungerar i rapporten som försvarsmakten publicerade i går.',
    'Kuva on otettu viime viikolla, kun ensimmäinen patteri saapui tukikohtaan.',
    'Fotó nélkül is világos, hogy a rendszer első egységei már megérkeztek.',
    // A comma before a credit word in a sentence: no colon after it, and it reads as a sentence.
    'Ministrul a arătat, foto în mână, cum arăta uzina înainte de modernizare.',
    // Capitals alone, or a label with a lower-case headline, are a subheading's shapes.
    'CE URMEAZĂ PENTRU UZINĂ',
    'Follow the money: how Minsk pays for its missiles',
    'NATO: A PLAN.',
    // A bullet before a subheading's label, and a dash opening a sentence that quotes a label's words, change nothing.
    '■ Follow the money: how Minsk pays for its missiles',
    '— Read also the report of the port authority, which says the damage reached a record level.',
    '(The port authority did not answer questions about the cost of the cranes)',
    '(Read also) the report of the port authority, which says the damage reached a record level.',
  ])('keeps the article’s own line “%s”', (line) => expect(classifyFurniture(line)).toBeNull());
});

describe('isRelatedMarker', () => {
  it.each(['Similar articles', 'Read also', 'Related', 'Related stories:', 'See also', 'Читайте также', 'Ezek érdekelhetnek még', 'S-ar putea să-ți placă', 'Още от категорията', '関連記事', 'اقرأ أيضا', '► Read also', '👉 Ezek érdekelhetnek még'])('recognises “%s”', (line) =>
    expect(isRelatedMarker(line)).toBe(true),
  );
  it.each(['Related to the Kremlin, the firm was sanctioned.', 'Similar systems exist in China and Russia, experts say'])('does not take “%s” for a marker', (line) =>
    expect(isRelatedMarker(line)).toBe(false),
  );
});

describe('isBareCredit', () => {
  it('reads a credit label and a capitalised name with no colon as a credit', () => {
    expect(isBareCredit('Foto Ansa')).toBe(true);
    expect(isBareCredit('Fotó MTI')).toBe(true);
    expect(isBareCredit('Bild TT')).toBe(true);
  });
  it('leaves a label followed by lower-case words, or by more than two words, alone', () => {
    expect(isBareCredit('Foto evidence shows')).toBe(false);
    expect(isBareCredit('Video games')).toBe(false);
    expect(isBareCredit('Photo Evidence From The Border')).toBe(false);
  });
  it('is a weak mark, so between two paragraphs it stays', () => expect(classifyFurniture('Foto Ansa')).toBe('photo-credit'));
});

describe('rights notices and syndication notes without a © sign', () => {
  it.each(['Tüm hakları saklıdır. İzinsiz kullanılamaz.', 'Toate drepturile rezervate.', 'Všechna práva vyhrazena.'])('reads "%s" as a rights notice', (line) => {
    expect(classifyFurniture(line)).toBe('site-prompt');
  });
  it('keeps a sentence of the story that quotes the phrase', () => {
    expect(classifyFurniture('The label on the old film reel said all rights reserved, but the studio had closed in 1970.', true)).toBeNull();
  });
  it.each([
    'Artikeln publicerades ursprungligen i en partnertidning.',
    'Článek původně vyšel v Jihočeském deníku.',
    'Articolul a fost publicat inițial pe site-ul unui partener.',
    'A cikk eredetileg a Szegedi Napló oldalán jelent meg.',
  ])('reads "%s" as a syndication note', (line) => {
    expect(classifyFurniture(line)).toBe('site-prompt');
  });
  it('keeps a sentence that says "originally" without naming an article', () => {
    expect(classifyFurniture('A hidat eredetileg 1890-ben építették a folyó felett.')).toBeNull();
  });
});
