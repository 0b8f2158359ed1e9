import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';
import { headlineField, stripSiteSuffix } from '@/lib/content/extract/title-line';
import { isPageTitleOf } from '@/lib/content/extract/page-title';
import { isRepeatOf } from '@/lib/content/extract/headline-repeat';
import { headlineOfTitleLine } from '@/lib/content/extract/title-line';

const compile = compileText;
const title = (text: string) => compile(text).articles[0]?.title;

const BODY_FR =
  'Le ministère de la Défense a annoncé mardi le début de manœuvres près de la frontière occidentale. Les unités resteront sur place pendant deux semaines.\n\nSelon les officiers, les exercices étaient prévus de longue date et ne visent aucun pays voisin.';
const BODY_UK =
  'Міністерство оборони повідомило про початок навчань біля західного кордону. Підрозділи залишаться на полігонах два тижні.\n\nЗа словами офіцерів, навчання планували давно, і вони не спрямовані проти сусідів.';

describe('the headline is chosen by evidence, not position', () => {
  it('skips a skip link, a breadcrumb and a long menu above the story', () => {
    const menu = 'Accueil\nMonde\nEurope\nAfrique\nAsie\nSport\nCulture\nSanté\nScience\nOpinion';
    const got = title(`Aller au contenu principal\nAccueil › Monde › Europe\n${menu}\nManœuvres militaires près de la frontière occidentale\n${BODY_FR}`);
    expect(got?.value).toBe('Manœuvres militaires près de la frontière occidentale');
    expect(got?.source).toBe('text');
  });

  it('does not take a date-plus-section line or a ticker glued to a date', () => {
    const got = title(`USD 27,15 EUR 30,62 | 4 березня 2019\n4 березня 2019 | Війна, Світ\nУ Білорусі почалися навчання біля кордону\n${BODY_UK}`);
    expect(got?.value).toBe('У Білорусі почалися навчання біля кордону');
  });

  it('prefers the line the page repeats as its title with a site suffix', () => {
    const text = `Neue Lastwagen für die Armee - Beispielzeitung\nStartseite\nPolitik\nWirtschaft\nNeue Lastwagen für die Armee\nEin zweiter Titel steht hier oben\n\nDie Armee hat am Dienstag neue Lastwagen erhalten, teilte das Ministerium mit. Sie sollen die alten Fahrzeuge ersetzen.\n\nDie Auslieferung soll bis zum Sommer abgeschlossen sein, hieß es weiter.`;
    const got = compile(text).articles[0];
    expect(got?.title.value).toBe('Neue Lastwagen für die Armee');
    expect(got?.removed.find((r) => r.line === 1)?.reason).toBe('page-title');
  });

  it('keeps a question headline on line 1 followed directly by the body as the headline', () => {
    const got = title(`Why does Minsk want its own missiles?\nThe Belarusian army has long depended on Russian rockets, officials say. Now a domestic programme is under way.\nAnalysts expect the first launchers to be delivered within two years, according to the ministry.`);
    expect(got).toMatchObject({ value: 'Why does Minsk want its own missiles?', source: 'text' });
  });

  it('takes a headline glued under menu items of three words, which are shorter than it, over a longer tagline', () => {
    // Yoruba: a tagline over a menu whose items run to three words; the headline says more than any of them.
    const text = [
      'Ìròyìn Ọ̀yọ́ Lónìí',
      'Ìròyìn tó dájú fún gbogbo ènìyàn ní gbogbo ìgbà',
      'Ilé',
      'Ìṣèlú àti ìjọba',
      'Ọrọ̀ ajé àti owó',
      'Eré ìdárayá òde òní',
      'Ìjọba ṣí ilé ìkàwé tuntun ní ìlú Ìbàdàn',
      'Ìjọba ìpínlẹ̀ ṣí ilé ìkàwé tuntun kan ní Ìbàdàn ní ọjọ́ Ìṣẹ́gun. Ọ̀pọ̀lọpọ̀ ènìyàn ló wá síbi ayẹyẹ náà.',
      'Ilé ìkàwé náà ní ìwé tó ju ẹgbẹ̀rún lọ́nà ogún lọ, gẹ́gẹ́ bí àwọn òṣìṣẹ́ ìjọba ṣe sọ fún àwọn oníròyìn.',
    ].join('\n');
    expect(title(text)).toMatchObject({ value: 'Ìjọba ṣí ilé ìkàwé tuntun ní ìlú Ìbàdàn', source: 'text' });
  });

  it('still counts a headline-sized line in a list of teasers of its size as a list item', () => {
    // Three teaser headlines of one size glued together with no meta: none stands out as this page's headline.
    const text = [
      'Council approves the new bridge budget',
      'Floods close two schools in the north',
      'Local team wins the regional cup final',
      'The navy received two new patrol boats on Tuesday in a ceremony at the port. Several senior officers attended.',
      'The boats will patrol the coast, officials said, and a third boat is expected to arrive next year.',
    ].join('\n');
    expect(title(text)?.source).toBe('derived');
  });

  it('takes a headline glued under an imprint of labels and names, whose long labels are parted from it by the names', () => {
    // Tatar: editor-in-chief, a name, deputy editor, a name, then the headline straight over the story.
    const text = [
      'Бүлекләр',
      'Шәһәр газетасының баш мөхәррире',
      'Марат Хәсәнов',
      'Баш мөхәррир урынбасары',
      'Гүзәл Нуриева',
      'Чаллыда яңа мәктәп ачылды',
      'Чаллының яңа бистәсендә мең укучыга исәпләнгән мәктәп ачылды, дип хәбәр итте шәһәр хакимияте.',
      'Мәктәптә спорт заллары һәм китапханә дә бар, диде директор.',
    ].join('\n');
    expect(title(text)).toMatchObject({ value: 'Чаллыда яңа мәктәп ачылды', source: 'text' });
  });

  it('still counts the long items of a menu with one short item among them as a run', () => {
    // A menu of three-word items with a one-word item inside it: the four-word item is a menu item, not a headline.
    const text = [
      'Science and technology news',
      'Sport',
      'Culture and the arts',
      'Health and medicine today',
      'The navy received two new patrol boats on Tuesday in a ceremony at the port. Several senior officers attended.',
      'The boats will patrol the coast, officials said, and a third boat is expected to arrive next year.',
    ].join('\n');
    expect(title(text)?.source).toBe('derived');
  });

  it('derives a title when no line above the text qualifies', () => {
    const got = title(`Главная\nЛента\nРегионы\nМир\n${'«Мы усилим охрану границы», — заявил министр на совещании в Минске во вторник утром.'}\nПо его словам, решение связано с учениями у западных границ страны и продлится месяц.`);
    expect(got?.source).toBe('derived');
  });
});

describe('isPageTitleOf', () => {
  it('recognises a headline with a site suffix', () => {
    expect(isPageTitleOf('Minsk buys drones | Example News', 'Minsk buys drones')).toBe(true);
    expect(isPageTitleOf('Minsk buys drones — Example', 'Minsk buys drones')).toBe(true);
  });
  it('refuses a longer headline that merely starts the same way', () => {
    expect(isPageTitleOf('Minsk buys drones from China, and the army is pleased with the first batch of them', 'Minsk buys drones')).toBe(false);
    expect(isPageTitleOf('Minsk buys drones', 'Minsk buys drones')).toBe(false);
  });
  it('refuses an imprint that starts with the site name: more fields after it, with figures (an address)', () => {
    expect(isPageTitleOf('Het Streekblad | Postbus 120 | 7400 AC Deventer', 'Het Streekblad')).toBe(false);
    expect(isPageTitleOf('Eco Sierra · Calle Mayor 12 · 44001 Teruel', 'Eco Sierra')).toBe(false);
    // A title line naming its site once stays one, figures or not.
    expect(isPageTitleOf('Minsk votes | News 24', 'Minsk votes')).toBe(true);
  });
});

describe('a site name over a footer address', () => {
  it('does not take the masthead for the headline because the address line starts with it', () => {
    const text = `Het Streekblad\nGemeente opent nieuwe fietsbrug over het kanaal\nzaterdag 5 december 2026\nDe nieuwe fietsbrug over het kanaal is vrijdagmiddag officieel geopend door de wethouder.\nFietsers besparen met de brug ruim vijf minuten op hun route naar het station.\nHet Streekblad | Postbus 120 | 7400 AC Deventer`;
    expect(title(text)?.value).toBe('Gemeente opent nieuwe fietsbrug over het kanaal');
  });
});

describe('headlines by order on the page and in scripts without a date table', () => {
  it('does not take a caption printed under the date for the headline above it', () => {
    const text = `Home › Esteri › Europa\nEsercito italiano, manovre notturne straordinarie\ndi Marco Rossi\n4 marzo 2019\nUn carro armato durante le manovre vicino al confine (foto di archivio)\nL'esercito ha annunciato martedì l'inizio di manovre vicino al confine occidentale. Le unità resteranno sul posto per due settimane.\nSecondo gli ufficiali, le esercitazioni erano previste da tempo e non riguardano i paesi vicini.`;
    expect(title(text)).toMatchObject({ value: 'Esercito italiano, manovre notturne straordinarie', source: 'text' });
  });

  it('keeps a caption-position line that the page title names', () => {
    const text = `Manovre al confine occidentale | Giornale\n4 marzo 2019\nManovre al confine occidentale\nL'esercito ha annunciato martedì l'inizio di manovre vicino al confine occidentale. Le unità resteranno sul posto per due settimane.\nSecondo gli ufficiali, le esercitazioni erano previste da tempo e non riguardano i paesi vicini.`;
    expect(title(text)?.value).toBe('Manovre al confine occidentale');
  });

  it('takes a Hindi headline above an unknown-month dateline, not the date', () => {
    const text = `होम\nदेश\nविदेश\nखेल\nसेना ने सीमा के पास नए अभ्यास शुरू किए\nनई दिल्ली, 4 मार्च 2019\nरक्षा मंत्रालय ने मंगलवार को पश्चिमी सीमा के पास सैन्य अभ्यास शुरू करने की घोषणा की। इकाइयाँ दो सप्ताह तक वहीं रहेंगी।\nअधिकारियों के अनुसार यह अभ्यास बहुत पहले से तय था और किसी पड़ोसी देश के खिलाफ नहीं है।`;
    expect(title(text)).toMatchObject({ value: 'सेना ने सीमा के पास नए अभ्यास शुरू किए', source: 'text' });
  });

  it('takes an Arabic headline, not the date line under it', () => {
    const text = `الرئيسية\nأخبار\nرياضة\nالجيش يبدأ مناورات جديدة قرب الحدود الغربية\nالثلاثاء 4 مارس 2019\nأعلنت وزارة الدفاع يوم الثلاثاء بدء مناورات عسكرية قرب الحدود الغربية، وقالت إن الوحدات ستبقى هناك أسبوعين.\nوبحسب الضباط فإن التدريبات كانت مقررة منذ وقت طويل ولا تستهدف أي دولة مجاورة.`;
    expect(title(text)).toMatchObject({ value: 'الجيش يبدأ مناورات جديدة قرب الحدود الغربية', source: 'text' });
  });
});

describe('the headline among the story\'s meta lines', () => {
  const BODY_EN =
    'The defence ministry said on Tuesday that the first battery had reached its base near the western border.\nOfficials expect the remaining batteries to arrive by the end of next year, the ministry added.';
  const BODY_HU =
    'A kormány kedden bejelentette, hogy az ország új légvédelmi rendszert vásárol a hadsereg számára.\nA miniszter szerint az első egységek jövőre érkezhetnek meg, a többi két év múlva.';

  it('takes the headline above its standfirst, not the longer standfirst', () => {
    const text = `Skip to main content\nWorld\nDefence\nFirst air defence battery reaches the border\nThe delivery is the first of six the ministry ordered last spring from a foreign maker\nBy Jane Porter\nMarch 12, 2024\n${BODY_EN}`;
    expect(title(text)).toMatchObject({ value: 'First air defence battery reaches the border', source: 'text' });
  });

  it('does not count a "Source: agency" line or a date the reader cannot place as a menu beside the headline', () => {
    const text = `Városlista\nHírek\n2024. Március 12. 14:03, kedd | Belföld\nForrás: STOP / MTI\nMagyarország új légvédelmi rendszert vásárol\n${BODY_HU}`;
    expect(title(text)).toMatchObject({ value: 'Magyarország új légvédelmi rendszert vásárol', source: 'text' });
  });

  it('does not take a four-word control label of few letters ("Text size Aa Aa") for the headline under which it sits', () => {
    const text = `Laika ziņas\nLatvija iegādāsies jaunas pretgaisa aizsardzības sistēmas\nTeksta izmērs Aa Aa\nSabiedrība\nLETA 13:29, 26.05.2025\nAizsardzības ministrija otrdien paziņoja, ka Latvija nākamgad iegādāsies vēl divas baterijas.\nMinistrija norāda, ka pirmās iekārtas valstī varētu ierasties jau rudenī, bet pārējās pēc gada.`;
    expect(title(text)).toMatchObject({ value: 'Latvija iegādāsies jaunas pretgaisa aizsardzības sistēmas', source: 'text' });
  });

  it('keeps the headline above an author line and an "author - desk" line', () => {
    const text = `Gündem\nEkonomi\nDünya\nYerli hava savunma sistemi ilk atış testini başarıyla geçti\nAhmet Yılmaz\nAhmet Yılmaz - Dış Haberler Editörü\n12.03.2024 - 14:22\nMilli Savunma Bakanlığı, yerli üretim hava savunma sisteminin ilk atış testinin başarıyla tamamlandığını açıkladı.\nBakanlıktan yapılan açıklamaya göre füze, Karadeniz kıyısındaki test alanında hedefini tam isabetle vurdu.`;
    expect(title(text)).toMatchObject({ value: 'Yerli hava savunma sistemi ilk atış testini başarıyla geçti', source: 'text' });
    // The name printed again at the head of the next line is the byline's name.
    expect(compile(text).articles[0]?.author?.value).toBe('Ahmet Yılmaz');
  });

  it('still takes a short headline that has no standfirst', () => {
    const text = `World\nBatteries reach the border\nBy Jane Porter\n${BODY_EN}`;
    expect(title(text)).toMatchObject({ value: 'Batteries reach the border', source: 'text' });
  });
});

describe('a page-title line as the only headline', () => {
  it('drops a site suffix after a pipe', () => {
    expect(stripSiteSuffix('Armata începe exerciții lângă granița de vest | Ziarul Nostru', [])).toBe('Armata începe exerciții lângă granița de vest');
  });

  it('drops a dash suffix only on evidence: the site name printed elsewhere in the file', () => {
    const line = 'Armata Începe Exerciții Lângă Granița De Vest – Ziarul Nostru';
    expect(stripSiteSuffix(line, [line, 'Acasă'])).toBe(line);
    expect(stripSiteSuffix(line, [line, '© 2019 Ziarul Nostru. Toate drepturile rezervate.'])).toBe('Armata Începe Exerciții Lângă Granița De Vest');
  });

  it('drops a dash suffix shaped like a site name: a web address, or a capitalised name after a headline in sentence case', () => {
    expect(stripSiteSuffix('Armata începe exerciții lângă granița de vest – Ziarul Nostru', [])).toBe('Armata începe exerciții lângă granița de vest');
    expect(stripSiteSuffix('Armata Începe Exerciții Lângă Granița De Vest - ziarulnostru.ro', [])).toBe('Armata Începe Exerciții Lângă Granița De Vest');
    expect(stripSiteSuffix('새 여객선 터미널 승인 - Coast News', [])).toBe('새 여객선 터미널 승인');
    expect(stripSiteSuffix('새 여객선 터미널 승인 - 바다일보', [])).toBe('새 여객선 터미널 승인 - 바다일보');
    // A headline that goes on after its dash in its own case keeps it.
    expect(stripSiteSuffix('Armata începe exerciții lângă granița de vest – ziua a doua', [])).toBe('Armata începe exerciții lângă granița de vest – ziua a doua');
  });

  it('drops a site name joined by short particles in lower case, and keeps a headline that goes on in longer lower-case words', () => {
    expect(stripSiteSuffix('Nuovo traghetto elettrico in servizio sul lago – Corriere del Lago', [])).toBe('Nuovo traghetto elettrico in servizio sul lago');
    expect(stripSiteSuffix('Bombeiros recebem duas ambulâncias novas - Gazeta do Vale', [])).toBe('Bombeiros recebem duas ambulâncias novas');
    expect(stripSiteSuffix('Mayor resigns after the budget vote – What we know so far', [])).toBe('Mayor resigns after the budget vote – What we know so far');
    // A particle never opens or closes the name.
    expect(stripSiteSuffix('Bombeiros recebem duas ambulâncias novas - Vale do', [])).toBe('Bombeiros recebem duas ambulâncias novas - Vale do');
  });

  it('drops a site name after a spaced bullet, middle dot or double colon on the same evidence as after a bar or dash', () => {
    expect(stripSiteSuffix('Kaupunki avaa uuden uimahallin Pohjoisrantaan • Rantalehti', ['Rantalehti'])).toBe('Kaupunki avaa uuden uimahallin Pohjoisrantaan');
    expect(stripSiteSuffix('Kaupunki avaa uuden uimahallin Pohjoisrantaan · Rantalehti', ['© Rantalehti 2026'])).toBe('Kaupunki avaa uuden uimahallin Pohjoisrantaan');
    expect(stripSiteSuffix('Nuovo traghetto elettrico in servizio sul lago :: Corriere del Lago', [])).toBe('Nuovo traghetto elettrico in servizio sul lago');
    // No evidence (the name printed nowhere else, and no site's shape after a headline in title case): the line stays whole.
    expect(stripSiteSuffix('Kaupunki Avaa Uuden Uimahallin • Rantalehti', [])).toBe('Kaupunki Avaa Uuden Uimahallin • Rantalehti');
  });

  it('keeps a headline whose dash is part of it', () => {
    expect(stripSiteSuffix('Lukaschenko – ein Jahr nach der Wahl in Belarus', ['Lukaschenko'])).toBe('Lukaschenko – ein Jahr nach der Wahl in Belarus');
  });
});

describe('a headline printed twice with small differences', () => {
  it('knows a repeat that differs only in marks, case or punctuation', () => {
    expect(isRepeatOf('الجيش يتسلم دفعة جديدة من المدرعات المصنعة محلياً', 'الجيش يتسلم دفعة جديدة من المدرعات المصنعة محليا')).toBe(true);
    expect(isRepeatOf('Minsk Orders New Air Defence Systems', 'Minsk orders new air defence systems.')).toBe(true);
  });

  it('does not take another line, a short repeat or the same line for a repeat', () => {
    expect(isRepeatOf('Minsk orders new air defence radars', 'Minsk orders new air defence systems')).toBe(false);
    expect(isRepeatOf('News', 'news')).toBe(false);
    expect(isRepeatOf('Minsk orders new air defence systems', 'Minsk orders new air defence systems')).toBe(false);
  });

  it('takes the copy next to the text, and the repeat is no menu neighbour pushing it down', () => {
    const text = [
      'تم نسخ الرابط بنجاح',
      'الرئيسية',
      'أخبار',
      'الجيش يتسلم دفعة جديدة من المدرعات المصنعة محليا',
      'play icon',
      'الجيش يتسلم دفعة جديدة من المدرعات المصنعة محلياً',
      '',
      'تسلمت القوات البرية اليوم دفعة جديدة من المدرعات التي صنعت في مصنع محلي، وذلك في حفل حضره عدد من القادة.',
      '',
      'وقال المتحدث باسم الجيش إن المدرعات ستوزع على الوحدات الحدودية خلال الأشهر المقبلة.',
    ].join('\n');
    expect(title(text)?.value).toBe('الجيش يتسلم دفعة جديدة من المدرعات المصنعة محلياً');
  });
});

describe('the headline inside a title line of fields', () => {
  it('takes the one long field of a "Site | Section | Headline" line', () => {
    expect(headlineField('Nyheter | Inrikes | Marinen får två nya korvetter')).toBe('Marinen får två nya korvetter');
    expect(headlineField('Home › Defence › Marinen får två nya korvetter')).toBe('Marinen får två nya korvetter');
  });

  it('takes the one long field of a line of three fields set apart by spaced dashes', () => {
    expect(headlineField('Marinen får två nya korvetter – Inrikes – Kustbladet')).toBe('Marinen får två nya korvetter');
    expect(headlineField('Marinen får två nya korvetter – i år')).toBe('Marinen får två nya korvetter – i år');
  });

  it('takes the headline out of a "Headline | Section | Site" title line, with neither the section nor the site', () => {
    expect(headlineOfTitleLine('Marinen får två nya korvetter | Inrikes | Kustbladet', [])).toBe('Marinen får två nya korvetter');
    expect(headlineOfTitleLine('Inrikes | Marinen får två nya korvetter | Kustbladet', [])).toBe('Marinen får två nya korvetter');
    expect(headlineOfTitleLine('Marinen får två nya korvetter | Kustbladet', [])).toBe('Marinen får två nya korvetter');
  });

  it('keeps a line whole when two fields are long', () => {
    expect(headlineField('Marinen får två nya korvetter | Armén köper nya stridsvagnar | Nyheter')).toBe('Marinen får två nya korvetter | Armén köper nya stridsvagnar | Nyheter');
  });

  it('takes the headline behind a label of a word or two and a bar', () => {
    expect(headlineField('Inrikes | Marinen får två nya korvetter')).toBe('Marinen får två nya korvetter');
    expect(headlineField('Esclusivo | Caccia, arriva il primo F-35B per la Marina')).toBe('Caccia, arriva il primo F-35B per la Marina');
  });

  it('keeps two fields whole when the first is no label: three words or more, or lower case, or the rest too short', () => {
    expect(headlineField('Marinen får nya | korvetter i år')).toBe('Marinen får nya | korvetter i år');
    expect(headlineField('fotbolls-vm | Sverige möter Spanien i finalen')).toBe('fotbolls-vm | Sverige möter Spanien i finalen');
    expect(headlineField('Inrikes | Nya korvetter')).toBe('Inrikes | Nya korvetter');
  });

  it('takes the headline behind a spaced slash only when the label is printed alone elsewhere (a section of the menu)', () => {
    const menu = ['Home', 'Politica', 'Difesa'];
    expect(headlineField('Difesa / Caccia, arriva il primo F-35B per la Marina', menu)).toBe('Caccia, arriva il primo F-35B per la Marina');
    expect(headlineField('Kiev / Mosca, nuovi scambi di prigionieri al confine', menu)).toBe('Kiev / Mosca, nuovi scambi di prigionieri al confine');
  });

  it('takes a Japanese headline out of its title line with a full-width bar', () => {
    const text = ['速報', '陸自、離島防衛の新部隊を編成へ', '陸自、離島防衛の新部隊を編成へ｜防衛ニュース', '陸上自衛隊は離島の防衛を担う新しい部隊を来年春に編成する方針を固めた。', '新部隊は約600人規模で、輸送ヘリコプターや無人機を運用する予定だ。'].join('\n');
    expect(title(text)?.value).toBe('陸自、離島防衛の新部隊を編成へ');
  });
});

describe('a headline where no ordinary line qualifies', () => {
  const BODY = ['Il ministero della Difesa ha firmato il contratto per dodici nuovi elicotteri destinati all’Esercito.', 'Le consegne inizieranno entro la fine del prossimo anno, secondo il comunicato.'];

  it('takes a headline written with a full stop when the date stands under it and nothing above could be one', () => {
    const got = title(['Home', 'Politica', 'Firmato il contratto per dodici nuovi elicotteri.', '05/12/2026', ...BODY].join('\n'));
    expect(got?.value).toBe('Firmato il contratto per dodici nuovi elicotteri.');
    expect(got?.source).toBe('text');
  });

  it('leaves a standfirst with a full stop in the story when a headline stands above it', () => {
    const got = compile(['Firmati i contratti per gli elicotteri', 'Le consegne degli elicotteri inizieranno il prossimo anno.', '05/12/2026', ...BODY].join('\n')).articles[0];
    expect(got?.title.value).toBe('Firmati i contratti per gli elicotteri');
    expect(got?.body[0]?.text).toBe('Le consegne degli elicotteri inizieranno il prossimo anno.');
  });

  it('takes the last crumb of a breadcrumb as the headline', () => {
    expect(title(['Home › News › Defence › Coast guard orders four new patrol boats', ...BODY].join('\n'))?.value).toBe('Coast guard orders four new patrol boats');
  });

  it('sets aside the lead’s opening words printed above the text as a teaser', () => {
    const got = title(['Gündem', 'Donanmaya yeni korvet teslim edildi', 'Deniz Kuvvetleri Komutanlığına yeni korvet teslim edildi', '05.12.2026 - 10:14', 'Deniz Kuvvetleri Komutanlığına yeni korvet teslim edildi, bakanlık açıklamasında törenin yapıldığı belirtildi.', 'Geminin ilk görevini yaz aylarında yapması bekleniyor.'].join('\n'));
    expect(got?.value).toBe('Donanmaya yeni korvet teslim edildi');
  });
});

describe('the headline the page names at the end of another line', () => {
  it('knows a headline of four words or more after a site name, a breadcrumb or a share label', () => {
    const h = 'Harbour board backs new ferry terminal';
    expect(isPageTitleOf(`Coast Daily | ${h}`, h)).toBe(true);
    expect(isPageTitleOf(`Home › News › ${h}`, h)).toBe(true);
    expect(isPageTitleOf(`Share: ${h}`, h)).toBe(true);
  });

  it('does not take a section name at a breadcrumb’s end, nor a line that goes on in words', () => {
    expect(isPageTitleOf('Home › News › Local News', 'Local News')).toBe(false);
    expect(isPageTitleOf('Why the harbour board backs new ferry terminal', 'the harbour board backs new ferry terminal')).toBe(false);
  });

  it('takes the named headline over a longer caption straight above the date', () => {
    const BODY_EN = [
      'The harbour authority on Tuesday approved plans for a new ferry terminal on the north side of the island, ending a long debate.',
      'Work is expected to begin in the spring and to last about eighteen months, according to the authority’s chief engineer.',
    ].join('\n');
    const text = [
      'Coast Daily',
      'Home › News › Harbour board backs new ferry terminal',
      'Harbour board backs new ferry terminal',
      'The old wooden pier seen from the harbour wall at low tide',
      '12 March 2024',
      BODY_EN,
    ].join('\n');
    expect(title(text)?.value).toBe('Harbour board backs new ferry terminal');
  });
});
