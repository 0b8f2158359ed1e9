import { describe, expect, it } from 'vitest';
import { bodyTexts, compileArticle } from '../../support/compile-text';

const compile = compileArticle;
const paragraphs = (text: string) => bodyTexts([text], 'paragraph');

const STORY = [
  'Vojska počinje vežbe kod zapadne granice',
  'Ministarstvo odbrane je u utorak objavilo početak vojnih vežbi kod zapadne granice. Jedinice će ostati na položajima dve nedelje.',
  'Prema rečima oficira, vežbe su planirane odavno i nisu usmerene protiv susednih zemalja.',
];

describe('the story ends before the comment section', () => {
  it('leaves a notice under a comment counter out of the body', () => {
    const got = paragraphs([...STORY, 'Komentari (0)', 'Pravila komentarisanja: zabranjeni su uvredljivi komentari.'].join('\n'));
    expect(got.at(-1)).toBe(STORY[2]);
  });

  it('leaves out a comment prompt and the notice that repeats its word, in a language without a table', () => {
    const got = paragraphs([...STORY, 'Kliknite da komentarišete', 'Morate biti prijavljeni da biste ostavili komentar.'].join('\n'));
    expect(got.at(-1)).toBe(STORY[2]);
    const ro = paragraphs([...STORY, 'Click pentru a comenta', 'Trebuie să fii autentificat pentru a publica un comentariu.'].join('\n'));
    expect(ro.at(-1)).toBe(STORY[2]);
  });

  it('keeps a short last paragraph under a subheading that repeats one of its words but does not end on it', () => {
    const got = paragraphs([...STORY, 'Šta je ministarstvo reklo', 'Ministarstvo nije dalo nove detalje o vežbama.'].join('\n'));
    expect(got.at(-1)).toBe('Ministarstvo nije dalo nove detalje o vežbama.');
  });

  it('keeps a short last paragraph under a subheading, which is not a counter', () => {
    const got = paragraphs([...STORY, 'Šta dalje', 'Vežbe se završavaju krajem meseca u svim jedinicama.'].join('\n'));
    expect(got.at(-1)).toBe('Vežbe se završavaju krajem meseca u svim jedinicama.');
  });
});

const NEWS = [
  'World',
  'Parliament backs the purchase of new tanks after a long debate',
  'By Jane Miller',
  '12 March 2024',
  'Parliament on Tuesday approved the purchase of forty new tanks for the army after a debate that lasted all night.',
  'The defence minister said the first vehicles would arrive before the end of next year.',
];

describe('a story\'s own last lines that look like the page\'s end stay', () => {

  it('keeps two short last sentences under a photo, its credit and a subheading (not a share row)', () => {
    const got = paragraphs([...NEWS, 'Soldiers inspect a tank at the base', 'Photo: John Smith', 'What comes next', 'The contract still has to be signed by both governments.', 'Officials expect the signing in May.'].join('\n'));
    expect(got.slice(-2)).toEqual(['The contract still has to be signed by both governments.', 'Officials expect the signing in May.']);
  });

  it('keeps a short last sentence under a list the text introduces with a colon', () => {
    const got = paragraphs([...NEWS, 'The package agreed on Tuesday also includes the following equipment for the units:', 'Bridge layers', 'Recovery vehicles', 'Spare engines', 'The first deliveries are due in May.'].join('\n'));
    expect(got.at(-1)).toBe('The first deliveries are due in May.');
  });

  it('keeps two short last sentences under a subheading broken over two lines, the second in lower case', () => {
    const got = paragraphs([...NEWS, 'What the army', 'expects next', 'The contract still has to be signed by both governments.', 'Officials expect the signing in May.'].join('\n'));
    expect(got.slice(-2)).toEqual(['The contract still has to be signed by both governments.', 'Officials expect the signing in May.']);
  });

  it('keeps an interview whose author asks the questions under their own name, printed before each one', () => {
    const lines = [
      'Interviews',
      'Ten questions for Marta Kowalska',
      'By Ana Ribeiro',
      '12 March 2024',
      "Marta Kowalska has led the country's navy for three years and is stepping down next month after a long career.",
      'She spoke to us at the naval base where she started her service as a young officer in the nineties.',
      'Ana Ribeiro',
      'What was the hardest decision you made as commander of the fleet?',
      'Marta Kowalska',
      'Sending the old frigates to the scrapyard was hard for everyone who served on them. But we had no choice.',
    ];
    expect(bodyTexts(lines).at(-1)).toBe(lines.at(-1));
  });

  it('keeps a short last paragraph under a subheading whose last word it repeats but does not end on', () => {
    const got = paragraphs([...NEWS, 'What about the opposition', 'Leaders of the opposition said they would challenge the vote in court.'].join('\n'));
    expect(got.at(-1)).toBe('Leaders of the opposition said they would challenge the vote in court.');
  });
});

describe('a headline printed twice', () => {
  it('is taken as the headline, not penalised as a repeated menu line', () => {
    const head = 'Ordu batı sınırında yeni tatbikata başladı';
    const text = `${head}\n${head}\n04.03.2019 12:41\nSavunma bakanlığı salı günü batı sınırı yakınında askeri tatbikatların başladığını duyurdu. Birlikler iki hafta boyunca bölgede kalacak.\nSubaylara göre tatbikatlar uzun zamandır planlanıyordu ve hiçbir komşu ülkeyi hedef almıyor.`;
    expect(compile(text)?.title).toMatchObject({ value: head, source: 'text' });
  });
});

describe('the story\'s last lines and the lines under its standfirst', () => {
  const HU = ['Új radarokat kap a légierő', 'A légierő jövőre négy új radart állít szolgálatba, közölte a honvédelmi minisztérium pénteken.', 'Az első eszközt a pápai bázison telepítik, a többit az ország keleti részén.'];

  it('keeps a last sentence signed with the agency\'s initials', () => {
    const last = 'Bakanlık sözcüsü, "Üçüncü teknenin kaynak işleri de planlandığı gibi sürüyor" dedi. AA';
    const body = paragraphs(['Tersanede ikinci denizaltı suya indirildi', 'Gölcük\'teki tersanede yapımı süren ikinci denizaltı, düzenlenen törenle suya indirildi.', 'Yetkililer, denizaltının kabul testlerine önümüzdeki ay başlanacağını açıkladı.', last, 'İlk yorum yazan siz olun'].join('\n'));
    expect(body.at(-1)).toBe(last);
  });

  it('ends the story at a one-word comments header over its last notice that names it again', () => {
    expect(paragraphs([...HU, 'Hozzászólások', 'A cikkhez hozzászólni regisztráció után lehet.'].join('\n'))).toEqual(HU.slice(1));
  });

  it('keeps a one-word subheading and a short paragraph after it when more text follows', () => {
    const body = paragraphs([...HU, 'Hozzászólások', 'A cikkhez hozzászólni regisztráció után lehet.', 'A minisztérium a részleteket jövő héten ismerteti.'].join('\n'));
    expect(body).toContain('A cikkhez hozzászólni regisztráció után lehet.');
  });

  it('takes an agency\'s name above the date under the standfirst out of the story', () => {
    const article = compile(['Új harckocsik érkeztek a tatai dandárhoz', 'A járművek a tavaszi gyakorlaton már részt vesznek.', 'MTI', '2026. december 5., 10:12', 'A tatai páncélos dandár pénteken átvette az első új harckocsikat, közölte a minisztérium.', 'A harckocsikat a következő hetekben helyezik szolgálatba.'].join('\n'));
    expect(article?.body.map((b) => b.text)).not.toContain('MTI');
    expect(article?.removed.find((r) => r.text === 'MTI')?.reason).toBe('byline');
  });
});

describe('a photo caption between the standfirst and the date', () => {
  const head = ['Új harckocsik érkeztek a tatai dandárhoz', 'A járművek a tavaszi gyakorlaton már részt vesznek.'];
  const text = ['A tatai páncélos dandár pénteken átvette az első új harckocsikat, közölte a minisztérium.', 'A harckocsikat a következő hetekben helyezik szolgálatba.'];
  const caption = 'Harckocsik a tatai laktanya udvarán pénteken';

  it('takes a caption that is no sentence, straight above the page\'s only date, out of the story', () => {
    const article = compile([...head, caption, '2026. december 5., 10:12', ...text].join('\n'));
    expect(article?.body.map((b) => b.text)).toEqual([head[1], ...text]);
    expect(article?.removed.find((r) => r.text === caption)?.reason).toBe('caption');
  });
  it('keeps a caption written as a sentence', () => {
    const sentence = 'Harckocsik a tatai laktanya udvarán pénteken.';
    expect(paragraphs([...head, sentence, '2026. december 5., 10:12', ...text].join('\n'))).toContain(sentence);
  });
  it('keeps a subheading over a paragraph, with no date under it', () => {
    const got = bodyTexts([...head, '2026. december 5., 10:12', text[0]!, caption, text[1]!]);
    expect(got).toContain(caption);
  });
});

describe('notices to the reader under the story', () => {
  const HU = [
    'Jövőre érkeznek az új harckocsik',
    'A honvédség jövőre kapja meg az első új harckocsikat, közölte a minisztérium csütörtökön.',
    'A járműveket két dandár között osztják szét a következő években.',
  ];

  it('leaves out a sentence that asks the reader to follow the site, and a platform notice under it', () => {
    const hu = paragraphs([...HU, 'Ha tetszett a cikk, kövess minket a Facebookon is!', 'Kapcsolódó cikkek', 'Új szabályok a sofőröknek'].join('\n\n'));
    expect(hu.at(-1)).toBe(HU[2]);
    const pt = paragraphs(
      [...STORY, 'Siga o Jornal do Norte no Google Notícias e receba as principais notícias do dia.', 'Receba as notícias do dia no seu WhatsApp.'].join('\n\n'),
    );
    expect(pt.at(-1)).toBe(STORY[2]);
  });

  it('leaves out a rights notice written as a sentence', () => {
    const got = paragraphs([...STORY, 'Haberin tüm hakları saklıdır, izinsiz kullanılamaz.'].join('\n\n'));
    expect(got.at(-1)).toBe(STORY[2]);
  });

  it("keeps a story's last paragraph that names a platform when no notice of its own words stands under it", () => {
    const last = 'A minisztérium a döntést csütörtökön a Facebookon jelentette be.';
    expect(paragraphs([...HU, last].join('\n\n')).at(-1)).toBe(last);
    // Nor does a notice below take a platform-naming paragraph above it along.
    const got = paragraphs([...HU, last, 'Kövess minket a Google Hírekben is!'].join('\n\n'));
    expect(got.at(-1)).toBe(last);
  });
});

describe('a headline the line rules or the prose rule took for something else', () => {
  const BODY = ['Armata a primit joi primele tancuri noi, la o ceremonie organizată la poligonul Smârdan.', 'Ministrul a declarat că livrările vor continua anul viitor.'];

  it('takes a one-line question with a share button and a date under it as the headline, not as the first paragraph', () => {
    const a = compile(['Acasă', 'De ce are nevoie armata de tancuri noi?', 'Distribuie', '05.12.2026 10:12', BODY[0], '', BODY[1]].join('\n'));
    expect(a?.title.value).toBe('De ce are nevoie armata de tancuri noi?');
    expect(a?.title.source).toBe('text');
    expect(paragraphs(['Acasă', 'De ce are nevoie armata de tancuri noi?', 'Distribuie', '05.12.2026 10:12', BODY[0], '', BODY[1]].join('\n'))[0]).toBe(BODY[0]);
  });

  it('keeps a question that opens the story under its headline as the first paragraph', () => {
    const text = ['Armata primește tancuri noi la Smârdan', 'De ce are nevoie armata de tancuri noi?', 'Distribuie', BODY[0], '', BODY[1]].join('\n');
    expect(compile(text)?.title.value).toBe('Armata primește tancuri noi la Smârdan');
    expect(paragraphs(text)[0]).toBe('De ce are nevoie armata de tancuri noi?');
  });

  it('takes a headline behind a media label, which the line rules read as a credit, when no other line is the headline', () => {
    const a = compile(['Acasă', 'VIDEO: Armata a primit primele tancuri noi la Smârdan', '05.12.2026 10:12', BODY[0], '', BODY[1]].join('\n'));
    expect(a?.title.value).toBe('VIDEO: Armata a primit primele tancuri noi la Smârdan');
    expect(a?.title.source).toBe('text');
  });

  it("never takes a credit's names for a headline", () => {
    const a = compile(['Acasă', 'Foto: Marcos Lima/Agência Brasil', BODY[0], '', BODY[1]].join('\n'));
    expect(a?.title.source).toBe('derived');
  });
});

describe('a newsletter box under the story', () => {
  const IT = [
    'Varsavia firma il contratto per nuovi carri armati',
    'La Polonia ha firmato martedì un contratto per la fornitura di altri carri armati, che saranno consegnati entro tre anni.',
    'Secondo gli analisti, si tratta di uno dei contratti più grandi firmati dal paese negli ultimi anni.',
  ];

  it('leaves out the pitch under a call to subscribe that follows another line of furniture', () => {
    const got = paragraphs([...IT, 'Tutti i diritti riservati', 'Iscriviti alla newsletter', 'Ogni mattina le notizie più importanti nella tua posta.', 'Commenti'].join('\n'));
    expect(got.at(-1)).toBe(IT[2]);
  });

  it('keeps the last paragraph under an advertising slot and a related link: no call to subscribe', () => {
    const last = 'Il governo non ha commentato la notizia.';
    const got = paragraphs([...IT, 'Pubblicità', 'LEGGI ANCHE: Berlino ordina nuove fregate', last, 'Commenti'].join('\n'));
    expect(got.at(-1)).toBe(last);
  });

  it('keeps the last paragraph under a lone call to subscribe (one block of furniture is no box)', () => {
    const last = 'Il governo non ha commentato la notizia.';
    const got = paragraphs([...IT, 'Iscriviti alla newsletter', last].join('\n'));
    expect(got.at(-1)).toBe(last);
  });
});

describe('a photo caption over the headline', () => {
  const HEAD = 'Армията получава нови бронирани машини';
  const TEXT = [
    'Министерството на отбраната съобщи, че първите бронирани машини са пристигнали в базата.',
    'Доставката на останалите машини се очаква през следващата година.',
  ];

  it('takes the line under a captioned photo as the headline, whether the credit stands above or below the caption', () => {
    for (const photo of [['Снимка: Иван Петров', 'Министърът по време на посещението в базата.'], ['Министърът по време на посещението в базата.', 'Снимка: Иван Петров']]) {
      const article = compile(['Начало', 'България', ...photo, HEAD, ...TEXT].join('\n'));
      expect(article?.title.value).toBe(HEAD);
      expect(article?.body.map((b) => b.text)).toEqual(TEXT);
    }
  });

  it('keeps a first sentence without a credit beside it, and a caption when a headline stands above it', () => {
    const plain = compile(['Начало', 'Министърът посети базата в понеделник сутринта.', HEAD, ...TEXT].join('\n'));
    expect(plain?.body[0]?.text).toBe('Министърът посети базата в понеделник сутринта.');
    const headed = compile([HEAD, 'Снимка: Иван Петров', 'Министърът посети базата в понеделник сутринта.', 'Нова серия машини', ...TEXT].join('\n'));
    expect(headed?.title.value).toBe(HEAD);
    expect(headed?.body[0]?.text).toBe('Министърът посети базата в понеделник сутринта.');
  });
});

describe('a headline printed as a sentence straight above the text', () => {
  const LEAD = 'Ministerul Apărării a anunțat joi că primele tancuri americane au ajuns în țară, după o lungă călătorie pe mare.';
  const MORE = 'Vehiculele vor fi folosite la o bază din vestul țării.';

  it('takes the short sentence as the headline when the paragraph under it says it again', () => {
    const article = compile(['Acasă', 'Știri', 'Armata a primit primele tancuri americane.', LEAD, MORE].join('\n'));
    expect(article?.title.value).toBe('Armata a primit primele tancuri americane.');
    expect(article?.body.map((b) => b.text)).toEqual([LEAD, MORE]);
  });

  it('keeps a short first sentence followed by new facts, and one under a headline, in the body', () => {
    const fresh = compile(['Acasă', 'Știri', 'Ploua puternic la Constanța în dimineața aceea.', LEAD, MORE].join('\n'));
    expect(fresh?.body[0]?.text).toBe('Ploua puternic la Constanța în dimineața aceea.');
    const headed = compile(['Tancurile americane au ajuns în România', 'Armata a primit primele tancuri americane.', LEAD, MORE].join('\n'));
    expect(headed?.title.value).toBe('Tancurile americane au ajuns în România');
    expect(headed?.body[0]?.text).toBe('Armata a primit primele tancuri americane.');
  });
});

describe('a long headline straight above the text', () => {
  const HEAD = 'Milli Savunma Bakanlığı yerli hava savunma sistemlerinin ilk teslimatlarının önümüzdeki ay başlayacağını ve sistemlerin sınır bölgelerine konuşlandırılacağını açıkladı';
  const LEAD = 'Bakanlık tarafından yapılan açıklamada, yerli hava savunma sistemlerinin ilk teslimatlarının gelecek ay yapılacağı belirtildi.';
  const MORE = 'Sistemlerin öncelikle güney sınırına konuşlandırılması planlanıyor.';

  it('takes a line of twenty words or more without a sentence end as the headline when the lead says it again', () => {
    const article = compile(['Ana Sayfa', 'Gündem', HEAD, LEAD, MORE].join('\n'));
    expect(article?.title.value).toBe(HEAD);
    expect(article?.body.map((b) => b.text)).toEqual([LEAD, MORE]);
  });

  it('keeps a long first line that ends a sentence, or whose words do not come back, in the body', () => {
    const sentence = compile(['Ana Sayfa', 'Gündem', `${HEAD}.`, LEAD, MORE].join('\n'));
    expect(sentence?.body[0]?.text).toBe(`${HEAD}.`);
    const other = 'Dün akşam saatlerinde kentte etkili olan yağmur nedeniyle bazı yollar trafiğe kapandı ve ekipler sabaha kadar çalışarak suyu tahliye etmeye uğraştı';
    const fresh = compile(['Ana Sayfa', 'Gündem', other, LEAD, MORE].join('\n'));
    expect(fresh?.body[0]?.text).toBe(other);
  });
});

describe('a Romanian follow notice under the story', () => {
  const RO = [
    'Armata primește noi drone de recunoaștere',
    'Armata Română a primit joi primele drone de recunoaștere produse în țară, a anunțat ministerul.',
    'Dronele vor fi folosite de unitățile de artilerie din sudul țării.',
  ];

  it('leaves out “Urmărește <site> pe Google News.” and keeps a last paragraph that opens with the same verb', () => {
    expect(paragraphs([...RO, 'Urmărește Ziarul de Vest și pe Google News.', 'Distribuie'].join('\n')).at(-1)).toBe(RO[2]);
    const own = 'Urmăriți declarațiile ministrului, care a vorbit despre buget, în materialul video.';
    expect(paragraphs([...RO, own, 'Distribuie'].join('\n')).at(-1)).toBe(own);
  });
});

describe('an author box under the story names the byline in any case', () => {
  const lines = [
    'Jornal da Serra', 'Política', 'Governo compra dois novos aviões de transporte', 'Por ANA RIBEIRO', '14/05/2024 10h32',
    'O governo assinou nesta terça-feira o contrato para a compra de dois novos aviões de transporte militar.',
    'A oposição pediu que o contrato seja analisado pelo tribunal de contas antes do pagamento.',
  ];
  it('ends the story before the box when the byline above prints the name in capitals', () => {
    const got = bodyTexts([...lines, 'Ana Ribeiro', 'Repórter de política. Cobre defesa e relações exteriores desde 2015.'], 'paragraph');
    expect(got.at(-1)).toBe(lines.at(-1));
  });
  it('keeps the text under a bare name that no byline above names', () => {
    const got = bodyTexts([...lines, 'Pedro Souza', 'O ministro da Defesa deve explicar o contrato na comissão na próxima semana.'], 'paragraph');
    expect(got.at(-1)).toBe('O ministro da Defesa deve explicar o contrato na comissão na próxima semana.');
  });
});

describe('an author box at the end, under a page with no byline: a bare name over a bio opening with it', () => {
  const lines = [
    'Jornal da Serra', 'Política', 'Governo compra dois novos aviões de transporte',
    'O governo assinou nesta terça-feira o contrato para a compra de dois novos aviões de transporte militar.',
    'A oposição pediu que o contrato seja analisado pelo tribunal de contas antes do pagamento.',
  ];
  const bio = 'Ana Ribeiro é repórter de política e cobre defesa, diplomacia e relações exteriores desde 2015.';

  it('ends the story before the box and signs the story with the name', () => {
    const article = compileArticle([...lines, 'Ana Ribeiro', bio].join('\n'));
    expect(article?.body.map((b) => b.text)).toEqual(lines.slice(3));
    expect(article?.author?.value).toBe('Ana Ribeiro');
  });
  it('keeps a profile\'s last section when the story names the surname', () => {
    const named = [...lines.slice(0, 4), 'A deputada Ribeiro criticou o preço dos aviões em plenário nesta quarta-feira.'];
    expect(bodyTexts([...named, 'Ana Ribeiro', bio], 'paragraph').at(-1)).toBe(bio);
  });
  it('keeps the section when another bare name stands alone above it (an interview, a series of profiles)', () => {
    const other = 'Pedro Souza é piloto da força aérea e voou nos aviões antigos durante mais de vinte anos.';
    expect(bodyTexts([...lines, 'Pedro Souza', other, 'Ana Ribeiro', bio], 'paragraph').at(-1)).toBe(bio);
  });
  it('keeps a last paragraph that does not open with the name above it', () => {
    const last = 'A ministra disse que os aviões chegam ao país no fim do próximo ano, se o contrato for aprovado.';
    expect(bodyTexts([...lines, 'Ana Ribeiro', last], 'paragraph').at(-1)).toBe(last);
  });
});

describe('a short sentence where the text starts', () => {
  const HEAD = ['Uudised', 'Tallinn avab Mustamäel uue lasteaia', '12.03.2024'];
  const TEXT = ['Tallinna linnavalitsus avab sügisel Mustamäel uue lasteaia, kuhu mahub kakssada last.', 'Ehitustööd algasid mullu kevadel ja lõppevad enne suve.'];

  it('keeps a short opening sentence under the headline and its date as the first paragraph', () => {
    expect(paragraphs([...HEAD, 'Linn kasvab kiiresti.', ...TEXT].join('\n'))[0]).toBe('Linn kasvab kiiresti.');
    expect(paragraphs(['News', 'Council approves new cycle lanes for the town centre', 'By Jane Walker', 'March 12, 2024', 'It was a long night.', 'Councillors voted by a large majority on Tuesday evening to approve the plan after a long debate.'].join('\n'))[0]).toBe('It was a long night.');
  });

  it('does not take a short sentence with no date or byline above it into the story (a headline printed with a full stop)', () => {
    expect(paragraphs(['Uudised', 'Linna uudised ja teated täna', 'Linn kasvab kiiresti.', ...TEXT].join('\n'))[0]).toBe(TEXT[0]);
  });

  it('does not take a question, a call or a notice to the reader between the date and the text into the story', () => {
    for (const line of ['Kas linn kasvab liiga kiiresti?', 'Jälgi meid Facebookis.', 'Loe seda artiklit inglise keeles.'])
      expect(paragraphs([...HEAD, line, ...TEXT].join('\n'))[0]).toBe(TEXT[0]);
  });
});

describe('a standfirst under the headline with a title-shaped line and the date further down', () => {
  it('keeps the standfirst as the first paragraph and the headline above it, not the line over the date', () => {
    const text = [
      'Inici',
      'Societat',
      "L'ajuntament de Girona amplia l'horari de les biblioteques",
      'Les sales obriran també els diumenges durant tot el període d\'exàmens.',
      'La biblioteca del barri vell durant la presentació del pla',
      '20 de maig de 2024',
      "L'ajuntament de Girona ha anunciat que les biblioteques municipals obriran també els diumenges a partir del juny.",
      'Segons el regidor de cultura, l\'ampliació costarà uns cent mil euros l\'any.',
    ].join('\n');
    const a = compile(text);
    expect(a?.title.value).toBe("L'ajuntament de Girona amplia l'horari de les biblioteques");
    expect(paragraphs(text)[0]).toBe('Les sales obriran també els diumenges durant tot el període d\'exàmens.');
  });
});

describe('a tag list set one item a line in lower case, joined into one block', () => {
  it('counts as one button an item, so the sentences under it are the footer\'s', () => {
    const got = paragraphs([...NEWS, 'defence', 'army tanks', 'parliament', 'Sign up for our morning newsletter and get the top stories in your inbox.', 'Have a news tip? Email our newsroom today.'].join('\n'));
    expect(got.at(-1)).toBe(NEWS.at(-1));
    const labelled = paragraphs([...NEWS, 'Topics', 'defence', 'parliament', 'Jane Miller is a staff reporter covering defence and foreign affairs.'].join('\n'));
    expect(labelled.at(-1)).toBe(NEWS.at(-1));
  });

  it('is not a list when an item is longer than three words or ends a sentence', () => {
    const last = 'The first battalion to get the tanks will be based in the north.';
    expect(paragraphs([...NEWS, 'defence', 'the tanks of the army of the north', 'parliament', last].join('\n')).at(-1)).toBe(last);
    expect(paragraphs([...NEWS, 'defence', 'army tanks.', 'parliament', last].join('\n')).at(-1)).toBe(last);
  });
});
