import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/content/extract/language/detect';
import { MODELLED } from '@/lib/content/extract/unmodelled-language';

// Paragraphs written for this test, all saying roughly the same thing: the government's new plan
// starts in autumn, the minister promised money for schools in the north, the council says there
// are not enough teachers.
const unmodelled: [string, string][] = [
  ['gl', 'O goberno dixo hoxe que o novo plan comezará no outono, e o ministro prometeu que haberá máis diñeiro para as escolas do norte do país. O concello di que non hai mestres dabondo na zona e que os pais están preocupados.'],
  ['af', 'Die regering het vandag gesê dat die nuwe plan in die herfs sal begin, en die minister het belowe dat daar meer geld vir skole in die noorde van die land sal wees. Die raad sê daar is nie genoeg onderwysers in die gebied nie.'],
  ['sw', 'Serikali imesema leo kwamba mpango mpya utaanza mwezi ujao, na waziri ameahidi kwamba kutakuwa na fedha zaidi kwa shule za kaskazini mwa nchi. Halmashauri inasema hakuna walimu wa kutosha katika eneo hilo.'],
  ['ga', 'Dúirt an rialtas inniu go mbeidh an plean nua ag tosú san fhómhar, agus gheall an tAire go mbeidh níos mó airgid ar fáil do scoileanna i dtuaisceart na tíre. Deir an chomhairle nach bhfuil go leor múinteoirí sa cheantar.'],
  ['so', 'Dowladda ayaa maanta sheegtay in qorshaha cusub uu bilaaban doono dayrta, wasiirkuna wuxuu ballan qaaday in lacag badan loo qoondeyn doono iskuulada waqooyiga dalka. Golaha ayaa sheegay in aysan jirin macallimiin ku filan deegaanka.'],
  ['ha', 'Gwamnati ta bayyana a yau cewa sabon shirin zai fara a lokacin kaka, kuma ministan ya yi alkawarin cewa za a samar da karin kudi ga makarantu a arewacin kasar. Majalisar ta ce babu isassun malamai a yankin.'],
  ['eo', 'La registaro diris hodiaŭ, ke la nova plano komenciĝos en aŭtuno, kaj la ministro promesis, ke estos pli da mono por lernejoj en la nordo de la lando. La konsilio diras, ke ne estas sufiĉe da instruistoj en la regiono.'],
];

const modelled: [string, string][] = [
  ['pt', 'O governo disse hoje que o novo plano começará no outono, e o ministro prometeu que haverá mais dinheiro para as escolas do norte do país. A câmara diz que não há professores suficientes na região.'],
  ['es', 'El gobierno dijo hoy que el nuevo plan comenzará en otoño, y el ministro prometió que habrá más dinero para las escuelas del norte del país. El ayuntamiento dice que no hay suficientes maestros en la zona.'],
  ['nl', 'De regering zei vandaag dat het nieuwe plan in de herfst begint, en de minister beloofde meer geld voor scholen in het noorden van het land. De raad zegt dat er niet genoeg leraren in het gebied zijn.'],
  ['en', 'The government said today that the new plan will begin in the autumn, and the minister promised there would be more money for schools in the north of the country. The council says there are not enough teachers in the area.'],
  ['de', 'Die Regierung sagte heute, dass der neue Plan im Herbst beginnen werde, und der Minister versprach mehr Geld für Schulen im Norden des Landes. Der Rat sagt, es gebe nicht genug Lehrer in der Region.'],
  ['hr', 'Vlada je danas priopćila da će novi plan započeti na jesen, a ministar je obećao da će biti više novca za škole na sjeveru zemlje. Gradsko vijeće kaže da nema dovoljno učitelja na tom području.'],
  ['tl', 'Sinabi ng pamahalaan ngayon na magsisimula ang bagong plano sa taglagas, at nangako ang ministro na magkakaroon ng mas maraming pondo para sa mga paaralan sa hilaga ng bansa.'],
  ['ru', 'Правительство сегодня заявило, что новый план начнётся осенью, а министр пообещал больше денег для школ на севере страны. Совет говорит, что в регионе не хватает учителей.'],
];

describe('languages the n-gram detector has no model for', () => {
  it('are ones the detector indeed lacks, and the controls ones it has', () => {
    for (const [lang] of unmodelled) expect(MODELLED.has(lang)).toBe(false);
    for (const [lang] of modelled) expect(MODELLED.has(lang)).toBe(true);
  });

  it.each(unmodelled)('names %s from its function words', (lang, text) => {
    const guess = detectLanguage(text);
    expect(guess.value).toBe(lang);
    expect(guess.evidence).toContain('function words');
  });

  it.each(modelled)('leaves the detector its own language %s', (lang, text) => {
    expect(detectLanguage(text).value).toBe(lang);
  });

  it('says und rather than a Slavic tag for Cyrillic letters no modelled language uses', () => {
    const kk = 'Үкімет бүгін жаңа жоспар күзде басталатынын мәлімдеді, ал министр елдің солтүстігіндегі мектептерге көбірек ақша бөлінетінін уәде етті.';
    const mn = 'Засгийн газар өнөөдөр шинэ төлөвлөгөө намар эхэлнэ гэж мэдэгдсэн бөгөөд сайд улсын хойд хэсгийн сургуулиудад илүү их мөнгө өгнө гэж амласан.';
    expect(detectLanguage(kk).value).toBe('und');
    expect(detectLanguage(mn).value).toBe('und');
    // One Kazakh name quoted in a Russian paragraph is a trace, not the language.
    expect(detectLanguage('Министр сообщил, что новый план начнётся осенью, а совет в городе Өскемен говорит, что в регионе не хватает учителей и врачей.').value).toBe('ru');
  });

  it('says und for a Welsh or Maltese paragraph it cannot place, not a neighbour’s tag', () => {
    const cy = "Dywedodd y llywodraeth ddydd Llun y bydd y cynllun newydd yn dechrau yn yr hydref, ac mae'r gweinidog wedi addo y bydd mwy o arian ar gyfer ysgolion yng ngogledd Cymru.";
    const mt = "Il-gvern qal illum li l-pjan il-ġdid se jibda fil-ħarifa, u l-ministru wiegħed li se jkun hemm aktar flus għall-iskejjel fit-tramuntana tal-pajjiż.";
    expect(detectLanguage(cy).value).toBe('und');
    expect(detectLanguage(mt).value).toBe('und');
  });
});

describe('letters as evidence for a language the detector lacks', () => {
  // Written for this test: a Galician report long enough that Portuguese would have used ã somewhere.
  const gl = [
    'O concello inaugurou onte unha biblioteca municipal no edificio da antiga escola, pechada desde hai máis de vinte anos.',
    'A alcaldesa explicou que a obra custou algo máis de trescentos mil euros e que foi financiada en boa parte coa axuda da Deputación.',
    'O novo espazo ten unha sala de lectura, un recuncho para os máis pequenos e seis postos con ordenador, e abrirá de luns a sábado.',
  ].join(' ');
  const pt = [
    'A câmara inaugurou ontem uma biblioteca municipal no edifício da antiga escola, fechada há mais de vinte anos.',
    'A presidente explicou que a obra custou pouco mais de trezentos mil euros e que não teria sido possível sem a ajuda do distrito.',
    'O novo espaço tem uma sala de leitura, um canto para as crianças e seis computadores, e abrirá de segunda a sábado, disseram os serviços.',
  ].join(' ');

  it('names Galician when a long text lacks every letter Portuguese function words are full of', () => {
    const guess = detectLanguage(gl);
    expect(guess.value).toBe('gl');
    expect(guess.evidence).toContain('ã');
  });

  it('keeps Portuguese when the text has those letters', () => {
    expect(detectLanguage(pt).value).toBe('pt');
  });
});
