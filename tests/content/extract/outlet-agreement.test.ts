/**
 * Outlet evidence that only counts when another kind agrees: the page's address (a URL, a bare domain, an
 * e-mail address) spelling a masthead, a masthead glued to its section word or date, a promo line that
 * mentions the masthead in an inflected form, and a © line naming the company that publishes it.
 * Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { addressOf, containsName, isDomain, spellsSame } from '@/lib/content/extract/outlet-address';
import { mastheadNames } from '@/lib/content/extract/outlet-masthead';
import { mentionOf } from '@/lib/content/extract/name-mention';

const outlet = (text: string, language: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value ?? null;

describe('the page’s address', () => {
  it.each([
    ['https://www.noordkrant.nl/binnenland/12345', 'noordkrant.nl', 'web address'],
    ['Lees meer op www.Noordkrant.nl', 'noordkrant.nl', 'web address'],
    ['lounaleht.ee', 'lounaleht.ee', 'web address'],
    ['Tips? Mail de redactie: redactie@noordkrant.nl', 'noordkrant.nl', 'e-mail address'],
  ])('reads the host in “%s”', (line, host, kind) => {
    expect(addressOf(line)).toEqual({ host, kind });
  });

  it('reads no address in abbreviations, figures or long sentences', () => {
    expect(addressOf('De inflatie steeg tot 3.5 procent, o.a. door energie.')).toBeNull();
    expect(addressOf('U.S. officials said so.')).toBeNull();
    expect(addressOf('The ministry published the figures on its website example.org after a long delay that angered many of the reporters who covered it.')).toBeNull();
  });

  it('reads an e-mail address in a footer line of any length', () => {
    const line = 'Write to the editor at letters@noordkrant.nl and tell us what you think of our coverage of the province this week';
    expect(addressOf(line)).toEqual({ host: 'noordkrant.nl', kind: 'e-mail address' });
  });

  it('takes a long top-level label as a domain in lower case only', () => {
    expect(isDomain('harbour-ledger.website')).toBe(true);
    expect(isDomain('kustposten.example')).toBe(true);
    expect(isDomain('pier.However')).toBe(false);
    expect(spellsSame('Harbour Ledger', 'harbour-ledger.website')).toBe(true);
  });

  it('agrees with a name whose letters it spells, in any script, without particles or after an acronym', () => {
    expect(spellsSame('Zeeuws Dagblad', 'zeeuwsdagblad.nl')).toBe(true);
    expect(spellsSame('Καθημερινή', 'kathimerini.gr')).toBe(true);
    expect(spellsSame('Diario del Sur', 'diariosur.es')).toBe(true);
    expect(spellsSame('Ege Postası', 'egepostasi.com.tr')).toBe(true);
    expect(spellsSame('NOS Nieuws', 'nos.nl')).toBe(true);
    expect(spellsSame('Harbour Ledger', 'harbourtimes.com')).toBe(false);
  });
});

describe('a name inside a longer one', () => {
  it('holds when the longer name opens with it, after at most a short article', () => {
    expect(containsName('Postimees Grupp', 'Postimees')).toBe(true);
    expect(containsName('Η ΚΑΘΗΜΕΡΙΝΗ Α.Ε.', 'Καθημερινή')).toBe(true);
    expect(containsName('Hürriyet Gazetecilik A.Ş.', 'HÜRRİYET')).toBe(true);
    // A section word at the end of the site's name is not the site: "Ziņas" (news) in "Rīgas Ziņas".
    expect(containsName('Rīgas Ziņas', 'Ziņas')).toBe(false);
  });
});

describe('the masthead', () => {
  it('offers the head of a line glued to a menu word or a date, and drops the glued whole', () => {
    const menu = new Set(['binnenland', 'sport']);
    expect(mastheadNames('NoordkrantBinnenland', menu, nameStopwords('nl'))).toEqual(['Noordkrant']);
    expect(mastheadNames('Postimees 05.12.2026', menu, nameStopwords('et'))).toEqual(['Postimees']);
    // A case change whose tail is no menu word may be the brand itself.
    expect(mastheadNames('BelarusDigest', menu, nameStopwords('en'))).toEqual(['BelarusDigest', 'Belarus']);
  });

  it('counts a case change inside a lone top word one point, a domain two', () => {
    const page = (top: string, foot: string) =>
      chooseOutlet(
        outletFinds(
          sourceLines(
            [
              top,
              'Ferry timetable changes for the winter',
              'The harbour office said on Monday that the last evening ferry will leave at nine from next week.',
              'Passengers with season tickets keep their seats, the office added in a short statement.',
              foot,
            ].join('\n'),
          ),
          nameStopwords('en'),
        ),
        null,
        2,
      )?.value ?? null;
    // A word with a capital inside it over the headline, with nothing else naming it: a section label or two glued
    // menu entries as often as a brand, so no outlet.
    expect(page('WeekendPlus', 'Share this story')).toBeNull();
    // The page's address agrees: the brand is the outlet.
    expect(page('WeekendPlus', 'Contact the desk: news@weekendplus.example')).toBe('WeekendPlus');
    // A domain spells a site by itself.
    expect(page('harbourledger.example', 'Share this story')).toBe('harbourledger.example');
    // Among other words a capital inside a word is the name's own spelling (a prefix before a proper noun).
    expect(page('Izwi LaseMthatha', 'Share this story')).toBe('Izwi LaseMthatha');
  });

  it('finds a mention inflected, possessive or spaced where the masthead is glued', () => {
    expect(mentionOf('Ladda ner Norrbottens Tidnings app', 'Norrbottens Tidning')).toBe('Norrbottens Tidning');
    expect(mentionOf('Kövesse a Délmagyart a Facebookon!', 'Délmagyar')).toBe('Délmagyar');
    expect(mentionOf('Volg NOS Nieuws op Instagram', 'NOSNieuws')).toBe('NOS Nieuws');
    // An ending of four letters or more makes another word: "Heraldsburg" is no form of "Herald".
    expect(mentionOf('Drive on to Riverside Heraldsburg tonight', 'Riverside Herald')).toBeNull();
  });
});

describe('the outlet the kinds agree on', () => {
  it('names a masthead a prompt mentions in the genitive', () => {
    const text = 'Hoppa till innehåll\nNorrbottens Tidning\nNyheter\nKommunen bygger en ny bro över älven\nKommunen har beslutat att bygga en ny bro över älven under nästa år.\nLadda ner Norrbottens Tidnings app';
    expect(outlet(text, 'sv')).toBe('Norrbottens Tidning');
  });

  it('names a glued masthead its newsroom e-mail spells, and not the glued whole', () => {
    const text = 'NoordkrantBinnenland\nBinnenland\nSport\nDijk wordt versterkt\nHet waterschap begint volgend jaar met de dijk.\nMail de redactie: redactie@noordkrant.nl';
    expect(outlet(text, 'nl')).toBe('Noordkrant');
  });

  it('names a masthead over the headline that a contact label’s e-mail address spells', () => {
    const text =
      'Głos Doliny\nRada gminy buduje nowy most na rzece\nRada gminy zdecydowała w czwartek o budowie nowego mostu w centrum miasta.\nMieszkańcy od lat skarżyli się na korki przy jedynej przeprawie przez rzekę.\nKontakt: redakcja@glosdoliny.pl';
    // The headline stands on line 2, right under the name, where a kicker stands too: the name needs the address.
    const overHeadline = (t: string) => chooseOutlet(outletFinds(sourceLines(t), nameStopwords('pl')), null, 2)?.value ?? null;
    expect(overHeadline(text)).toBe('Głos Doliny');
    expect(overHeadline(text.replace('glosdoliny', 'gazetaregionu'))).toBeNull();
  });

  it('names a masthead with a tagline whose first word spells the bare domain at the end', () => {
    const text = 'Lõunaleht – uudised Lõuna-Eestist\nUudised\nVallas avati uus raamatukogu\nVallavalitsus avas laupäeval uue raamatukogu.\nlounaleht.ee';
    expect(outlet(text, 'et')).toBe('Lõunaleht');
  });

  it('names a masthead in full when its address spells only its first word, not the site and its section', () => {
    const story = 'Kommunen bygger en ny bro över älven\nKommunfullmäktige beslutade på torsdagen att bygga en ny bro över älven.\nArbetet börjar i mars.\n';
    const page = (top: string, mail: string) => `${top}\nNyheter\nSport\n${story}Kontakt\nTips till redaktionen: ${mail}`;
    expect(outlet(page('Nordkustens Tidning', 'tips@nordkustens.se'), 'sv')).toBe('Nordkustens Tidning');
    expect(outlet(page('Nordkustens Tidning', 'tips@nordkustenstidning.se'), 'sv')).toBe('Nordkustens Tidning');
    // The words after the spelt name are a section of the page's menu, or a tagline: the address names the first word.
    expect(outlet(page('Nordkustens Nyheter', 'tips@nordkustens.se'), 'sv')).toBe('Nordkustens');
    expect(outlet(page('Nordkustens – nyheter från kusten', 'tips@nordkustens.se'), 'sv')).toBe('Nordkustens');
  });

  it('names the words of a top line the address spells, wherever they stand in it', () => {
    const story = 'Council approves new cycle lanes\nThe town council voted on Tuesday to build two new cycle lanes.\nWork begins in March.\n';
    const page = (top: string, address: string) => `${top}\nNews\nSport\n${story}Share this article\n${address}`;
    expect(outlet(page('Welcome to Harbour Ledger', 'harbourledger.example'), 'en')).toBe('Harbour Ledger');
    expect(outlet(page('Latest news from Harbour Ledger', 'Contact: desk@harbourledger.com'), 'en')).toBe('Harbour Ledger');
    // A colon after the name is no part of it.
    expect(outlet(page('Harbour Ledger: your daily news', 'harbourledger.com'), 'en')).toBe('Harbour Ledger');
    // Without the address the inner words are not read apart from the line.
    expect(outlet(page('Latest news from Harbour Ledger', 'Contact: desk@coastalmedia.com'), 'en')).toBeNull();
  });

  it('names the words of a top line the address spells without the mark after them or the symbol before them', () => {
    const story = 'Council approves new cycle lanes\nThe town council voted on Tuesday to build two new cycle lanes.\nWork begins in March.\n';
    const page = (top: string) => `${top}\nNews\nSport\n${story}Share this article\nContact: desk@harbourledger.com`;
    expect(outlet(page('Harbour Ledger. News from the coast'), 'en')).toBe('Harbour Ledger');
    expect(outlet(page('Harbour Ledger, the coast’s daily paper'), 'en')).toBe('Harbour Ledger');
    expect(outlet(page('≡ Harbour Ledger'), 'en')).toBe('Harbour Ledger');
  });

  it('names the words of a top line the address spells in full, not the capitalised words after them', () => {
    const story = 'Council approves new cycle lanes\nThe town council voted on Tuesday to build two new cycle lanes.\nWork begins in March.\n';
    const page = (top: string, address: string) => `${top}\nNews\nSport\n${story}Share this article\n${address}`;
    expect(outlet(page('Harbour Ledger Menu Search', 'Contact: desk@harbourledger.com'), 'en')).toBe('Harbour Ledger');
    expect(outlet(page('Harbour Ledger Northport', 'harbourledger.com'), 'en')).toBe('Harbour Ledger');
    // A particle after the spelt words carries the name on.
    expect(outlet(page('La Voce del Popolo', 'Scrivici: redazione@lavoce.it'), 'it')).toBe('La Voce del Popolo');
  });

  it('names the brand, in running case, when the © line names its company', () => {
    const text = 'KARADENİZ POSTASI\nGündem\nLimana yeni terminal\nBelediye limana yeni bir terminal yapılacağını açıkladı.\n© 2026 Karadeniz Postası Gazetecilik A.Ş. Tüm hakları saklıdır.';
    expect(outlet(text, 'tr')).toBe('Karadeniz Postası');
  });

  it('keeps an article, a particle and a figure inside a name', () => {
    expect(outlet('Nieuws\nDe gemeente opent een brug.\n© 2026 de Volkskrant', 'nl')).toBe('de Volkskrant');
    expect(outlet('Portada\nEl pleno aprobó el puente.\nDiario del Sur © 2026', 'es')).toBe('Diario del Sur');
    expect(outlet('Il comune costruirà un nuovo ponte sul fiume | Il Sole 24 Ore\nCronaca', 'it')).toBe('Il Sole 24 Ore');
  });

  it('reads a title line whose headline asks a question, not a caption’s sentence before a credit', () => {
    expect(outlet('Vai a ponte ficar pronta em maio? - Jornal da Beira\nInício', 'pt')).toBe('Jornal da Beira');
    expect(outlet('Um soldado está junto ao camião na estrada. - Foto Arquivo\nInício', 'pt')).toBeNull();
  });

  it('names nothing from one weak find: an address alone, a plain top line a teaser mentions', () => {
    expect(outlet('Nieuws\nDe gemeente opent een brug.\nZie ook https://www.rijksoverheid.nl/documenten', 'nl')).toBeNull();
    expect(outlet('Politik\nWirtschaft\nDas Werk baut seit Jahren schwere Fahrgestelle.\nMehr aus der Politik lesen Sie hier', 'de')).toBeNull();
  });
});
