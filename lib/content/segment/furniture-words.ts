/**
 * Small per-language tables of the general vocabulary site furniture is made of:
 * share/follow/subscribe verbs, "read also" labels, photo and video credit
 * labels, embed and consent words, "today"/"yesterday" and "ago". They serve
 * the shape rules in line-rules.ts and embed-rules.ts; none of them is one
 * site's wording. Stems are matched at the start of a word, case-insensitively.
 */
import { foldedLower } from '../fold-text';

const stems = (list: string) => list.trim().split(/\s*\|\s*/u);
const startAlternation = (list: string[]) => list.map((s) => s.replace(/ /g, '\\s+')).join('|');

/** Verbs of sharing, following, subscribing and joining (en, de, fr, es, it, nl, pt, id, ru, uk, be, pl). */
export const PROMPT_VERB_STEMS = stems(`
  share | follow | subscribe | sign up | join | like us | download our |
  teil | folg | abonnier | melde dich | tritt |
  partag | suiv | abonnez | inscri | rejoign |
  compart | sígu | sigue | suscrib | suscríb | únete |
  condivid | segui | iscriv | abbonat |
  deel | volg | abonneer | schrijf je in |
  partilh | compartilh | siga | assin | inscreva |
  bagikan | ikuti | gabung | berlangganan | langganan |
  поделит | подпис | присоедин | следите | следи | читайте нас |
  поділит | підпис | приєдну | стежте | стеж | читайте нас |
  падзял | падпіс | далучай | сачыце | чытайце нас |
  udostępnij | udostepnij | obserwuj | subskrybuj | zapisz się | dołącz | polub |
  dalinkitės | dalintis | sekite | prenumeruokite | prisijunkite |
  sdílet | sdílejte | sledujte nás | odebírejte | zdieľať | zdieľajte | sledujte |
  distribuie | urmărește-ne | urmăriți-ne | urmărește | urmăriți | abonează-te | abonați-vă |
  megosztás | oszd meg | ossza meg | kövess minket | kövessen minket | iratkozz fel | iratkozzon fel |
  paylaş | bizi takip | takip edin | abone ol |
  dela | följ oss | prenumerera | del | følg os | følg oss | abonner |
  jaa | seuraa meitä | tilaa | jaga | jälgi meid | telli | dalīties | sekojiet | seko mums | abonē |
  κοινοποίηση | μοιραστείτε | ακολουθήστε | εγγραφείτε |
  שתפו | שתף | עקבו | הירשמו | शेयर करें | फॉलो करें | सब्सक्राइब |
  شارك | تابعونا | تابعنا | اشترك |
  сподели | споделете | последвайте ни | абонирайте | podeli | podelite | pratite nas | подели | поделите | пратите нас
`);

/** Verbs that ask the reader to download or install the site's app (a notice only beside an app store's name: reader-notice.ts). */
export const DOWNLOAD_VERB_STEMS = stems(`
  download | install | get the app | herunterladen | lade | laden sie | installier | télécharg | install | descarg | descárga |
  scarica | installa | download | baixe | instale | unduh | скачайте | скачать | установите | завантажте | встановіть |
  спампуйце | pobierz | zainstaluj | atsisiųsk | stáhněte | stáhni | nainstalujte | descarcă | descarca | instalează |
  töltse le | töltsd le | telepítse | indir | yükle | ladda ner | installera | hent | lataa | asenna | laadi alla |
  lejupielādē | κατεβάστε | הורידו | डाउनलोड करें | حمّل | حمل | نزّل | изтеглете | свалете | инсталирайте | preuzmite | instalirajte
`);

/** "Read also" / "more on this" labels that put another story's headline on one line. */
export const READ_ALSO_LABELS = stems(`
  read also | read more | see also | also read | related | more on this | more on the topic |
  lesen sie auch | lesen sie mehr | mehr zum thema | auch interessant | siehe auch |
  lire aussi | à lire aussi | a lire aussi | lire la suite | voir aussi | sur le même sujet |
  lee también | leer más | ver también | te puede interesar |
  leggi anche | leggi tutto | vedi anche |
  lees ook | lees meer | zie ook |
  leia também | leia mais | veja também |
  baca juga | baca selengkapnya | lihat juga |
  читайте также | читайте еще | читайте ещё | смотрите также | по теме |
  читайте також | читайте ще | дивіться також | по темі |
  чытайце таксама | чытайце яшчэ | глядзіце таксама | па тэме |
  czytaj też | czytaj także | czytaj również | czytaj więcej | zobacz też | zobacz także |
  skaitykite taip pat | skaitykite daugiau | daugiau šia tema |
  editor's pick | editors' picks | weiterlesen | pilihan editor |
  přečtěte si také | přečtěte si | čtěte také | čtěte též | související články | související | mohlo by vás zajímat | čítajte aj | prečítajte si |
  citește și | citeste si | citește mai mult | vezi și | vezi si | articole similare | s-ar putea să-ți placă | s-ar putea sa-ti placa | te-ar putea interesa | te-ar mai putea interesa |
  olvassa el | olvasd el | kapcsolódó cikkek | kapcsolódó | ezek érdekelhetnek még | ez is érdekelheti | ajánlott cikkek |
  ayrıca okuyun | bunu da okuyun | ilgili haberler | benzer haberler | ilginizi çekebilir |
  läs mer | läs också | läs även | relaterat | les også | læs også | lue myös | lue lisää | aiheesta lisää | loe ka | loe lisaks |
  lasiet arī | lasi arī | lasīt vairāk | saistītie raksti |
  διαβάστε επίσης | διαβάστε ακόμα | σχετικά άρθρα | קראו עוד | קראו גם | כתבות נוספות | यह भी पढ़ें | ये भी पढ़ें | और पढ़ें |
  اقرأ أيضا | اقرأ أيضاً | اقرأ ايضا | اقرأ المزيد | أخبار ذات صلة | مواضيع ذات صلة | 関連記事 | あわせて読みたい | 相关阅读 | 相关新闻 | 延伸阅读 | 相關新聞 |
  ასევე წაიკითხეთ | pročitajte još | pročitajte i | прочитајте још | прочитајте и | povezane vesti | повезане вести |
  прочетете още | още по темата | свързани новини | още от категорията | potrebbe interessarti | potrebbero interessarti | você pode gostar | notícias relacionadas |
  most read | most popular | meistgelesen | les plus lus | lo más leído | más leídas | i più letti | più letti | meest gelezen | mais lidas | mais lidos |
  terpopuler | самое читаемое | самые читаемые | найпопулярніше | najczęściej czytane | najpopularniejsze | nejčtenější | najčítanejšie |
  cele mai citite | legolvasottabb | legnépszerűbb | en çok okunanlar | en çok okunan | mest läst | mest lest | mest læste | luetuimmat | loetumad |
  lasītākie | skaitomiausi | najčitanije | најчитаније | най-четени | най-четеното | τα πιο δημοφιλή | δημοφιλή | הנקראים ביותר | الأكثر قراءة | 最も読まれた | 阅读排行 | 热门文章
`);

/** Labels of an audio player or its button over the story: "Listen to this article", "Ascultă știrea", "Přehrát". */
export const LISTEN_STEMS = stems(`
  listen | play | escucha | escuchar | ascolta | ascultă | asculta | ouça | ouvir | écouter | écoutez | anhören | hören sie | vorlesen | luister |
  lyssna | lytt | kuuntele | kuulake | poslechn | poslouch | přehrát | vypočuj | prehrať | meghallgat | hallgasd | lejátszás | dinle | oynat |
  słuchaj | posłuchaj | odsłuchaj | слушать | слушайте | послушать | прослушать | слухати | послухати | слушай | слушайте | ακούστε | האזינו |
  استمع | استمعوا | सुनें | 聞く | 音声で聞く | 听 | 收听 | riproduci | reproducir | reproduzir | spela upp | toista | kuula
`);

/** Labels of a photo, video or source credit: "Photo:", "Фота:", "Видео:", "Zdjęcie:", "Quelle:". */
export const CREDIT_LABELS = stems(`
  photo | photos | picture | pic | image | images | illustration | video | credit | source |
  foto | fotos | bild | bilder | quelle | grafik |
  vidéo | illustration | crédit | crédits |
  imagen | vídeo | fuente | ilustración |
  immagine | fonte |
  beeld | bron |
  gambar | sumber |
  фото | фотография | видео | иллюстрация | источник |
  відео | ілюстрація | джерело |
  фота | відэа | ілюстрацыя | крыніца |
  zdjęcie | zdjęcia | fot | wideo | ilustracja | źródło |
  nuotrauka | nuotr | vaizdo įrašas | šaltinis |
  zdroj | ilustrační foto | sursa | sursă | credit foto | fotó | forrás | kép | videó | fotoğraf | kaynak | görsel |
  källa | kuva | lähde | allikas | pilt | avots | attēls | φωτογραφία | φωτ | πηγή | βίντεο | צילום | מקור | וידאו |
  फोटो | फ़ोटो | स्रोत | वीडियो | तस्वीर | صورة | الصورة | المصدر | مصدر | فيديو | تصوير | 写真 | 出典 | 图片 | 来源 | 摄影 | 圖片 | 來源 |
  ფოტო | წყარო | ვიდეო | извор | izvor | снимка | източник
`);

/** Nouns of embedded posts and their platforms: a line made of these and show/accept verbs is an embed's chrome. */
export const EMBED_NOUNS = stems(`
  tweet | post | video | content | twitter | youtube | instagram | facebook | telegram | tiktok | vimeo | threads |
  beitrag | inhalt | inhalte | vidéo | contenu | publication | vídeo | contenido | publicación | contenuto |
  bericht | inhoud | conteúdo | publicação | konten | postingan | unggahan |
  пост | видео | контент | публикация | запись | допис | відео | публікація | відэа | допіс | кантэнт |
  wideo | wpis | treść | treści | materiał |
  platform | plattform | plateforme | plataforma | piattaforma | platformie | платформ
`);

/** Paywall and subscriber-only notices: "réservé aux abonnés", "nur für Abonnenten", "только для подписчиков". */
export const PAYWALL_WORDS = stems(`
  subscribers only | for subscribers | subscriber-only | premium content | réservé aux abonnés | pour les abonnés |
  nur für abonnenten | für abonnenten | exclusivo para suscriptores | para suscriptores | riservato agli abbonati |
  alleen voor abonnees | exclusivo para assinantes | khusus pelanggan | только для подписчиков | для подписчиков |
  лише для передплатників | для передплатників | толькі для падпісчыкаў | tylko dla subskrybentów | dla prenumeratorów | tik prenumeratoriams
`);

/** Words saying a story appeared elsewhere first; a syndication note has one of these and an "article" noun. */
export const SYNDICATION_WORDS = stems(`
  first published | first appeared | originally published | originally appeared | zuerst erschienen | ursprünglich erschienen |
  initialement publié | publié initialement | publicado originalmente | publicado por primera vez | pubblicato originariamente |
  oorspronkelijk gepubliceerd | publicado originalmente | telah tayang | pertama kali dimuat | pertama kali tayang |
  впервые опубликован | вперше опубліковано | вперше опублікована | упершыню апублікаваны | pierwotnie opublikowany | pierwotnie ukazał |
  původně vyšel | původně vyšla | původně publikován | pôvodne vyšiel | pôvodne publikovan | publicat inițial | publicat initial | publicat pentru prima dată |
  eredetileg | publicerades ursprungligen | ursprungligen publicerad | publicerades först | först publicerad | oprindeligt offentliggjort |
  opprinnelig publisert | julkaistiin alun perin | alun perin julkaistu | ilmus algselt | sākotnēji publicēts | pirmą kartą paskelbtas |
  първоначално публикуван | първоначално е публикуван | prvobitno objavljen | izvorno objavljen | првобитно објављен | изворно објављен |
  δημοσιεύθηκε αρχικά | αρχικά δημοσιεύθηκε | פורסם לראשונה | نشر أولا | نُشر أولاً | نشرت أولا | 初出 | 原文发表于 | 最初发表于
`);

/** "Article" in the archive's languages, for syndication notes. */
export const ARTICLE_NOUNS = stems(`
  article | artikel | beitrag | artículo | articolo | artigo | matéria | статья | материал | стаття | матеріал | артыкул | artykuł | straipsnis |
  articol | článek | článku | cikk | makale | haber | artikkel | artikkeli | artikli | raksts | άρθρο | מאמר | الخبر | المقال | مقال | 記事 | 文章 |
  članak | чланак | статия | статията | story | reportage | nota | noticia | notícia | notizia | nieuwsbericht
`);

/** Labels of a reader poll: "Poll:", "Umfrage:", "Sondage :", "Опрос:". */
export const POLL_LABELS = stems(`
  poll | survey | umfrage | abstimmung | sondage | encuesta | sondaggio | peiling | enquete | pesquisa | jajak pendapat |
  опрос | голосование | опитування | голосування | апытанне | ankieta | sonda | apklausa
`);

/** Verbs of showing, watching and accepting, as embed placeholders and consent buttons use them. */
export const EMBED_VERBS = stems(`
  show | view | watch | see | load | accept | allow | agree | play |
  anzeigen | ansehen | laden | akzeptieren | zustimmen | erlauben | abspielen |
  afficher | voir | regarder | charger | accepter | autoriser |
  mostrar | ver | cargar | aceptar | permitir |
  mostra | vedi | guarda | carica | accetta | consenti |
  toon | bekijk | laad | accepteer | sta toe |
  exibir | assistir | aceitar | carregar |
  tampilkan | lihat | tonton | terima | izinkan |
  показать | смотреть | смотрите | посмотреть | загрузить | принять | разрешить |
  показати | дивитися | дивіться | переглянути | завантажити | прийняти | дозволити |
  паказаць | глядзець | глядзіце | праглядзець | загрузіць | прыняць | дазволіць | дазвольце |
  pokaż | zobacz | obejrzyj | wyświetl | załaduj | zaakceptuj | akceptuj | zezwól | odtwórz
`);

/** Words that only a consent or third-party notice uses: cookies, external content, data-protection terms. */
export const CONSENT_WORDS = stems(`
  cookie | external content | privacy policy | drittanbieter | externer inhalt | externe inhalte | externen inhalt | datenschutz |
  contenu externe | contenus externes | contenido externo | contenuto esterno | externe inhoud | conteúdo externo | konten eksternal |
  внешний контент | зовнішній контент | знешні кантэнт | treści zewnętrzne | dostawcy zewnętrznego | slapuk
`);

/** Words that mark a notice only beside an embed noun: "unavailable", "third party" ("Video unavailable"). */
export const UNAVAILABLE_WORDS = stems(`
  unavailable | not available | third party | third-party | nicht verfügbar | indisponible | non disponible | tiers |
  no disponible | terceros | non disponibile | terze parti | niet beschikbaar | derden | indisponível | terceiros |
  tidak tersedia | pihak ketiga | недоступно | недоступен | недоступна | третьих лиц | недоступне | недоступний |
  третіх осіб | недаступнае | недаступны | недаступна | трэціх асоб | niedostępny | niedostępne | niedostępna | podmiot trzeci
`);

/** "Today" and "yesterday": a line of one of these and a time is a relative timestamp, not a date. */
export const RELATIVE_DAY_WORDS = new Set(
  stems(`
  today | yesterday | heute | gestern | aujourd'hui | hier | hoy | ayer | oggi | ieri | vandaag | gisteren |
  hoje | ontem | hari ini | kemarin | сегодня | вчера | сьогодні | вчора | учора | сёння | учора | dzisiaj | dziś | wczoraj
`),
);

/** "… ago" words and prefixes: "2 hours ago", "vor 2 Stunden", "il y a 2 heures", "2 години тому", "2 godziny temu". */
export const AGO = stems(`ago | vor | il y a | hace | fa | geleden | atrás | há | lalu | yang lalu | назад | тому | таму | temu`);

/** A regex alternation of phrases, each matched at a word start. */
export function phraseAlternation(list: string[]): string {
  return startAlternation([...list].sort((a, b) => b.length - a.length));
}

/** "All rights reserved" and the like, without a © sign: a site's notice under the story, never the story's own sentence. */
export const RIGHTS_RESERVED = stems(`
  all rights reserved | alle rechte vorbehalten | tous droits réservés | todos los derechos reservados | tutti i diritti riservati |
  riproduzione riservata | alle rechten voorbehouden | todos os direitos reservados | hak cipta dilindungi | все права защищены |
  усі права захищені | всі права захищені | wszelkie prawa zastrzeżone | všechna práva vyhrazena | všetky práva vyhradené |
  toate drepturile rezervate | toate drepturile sunt rezervate | minden jog fenntartva | tüm hakları saklıdır | hakları saklıdır |
  med ensamrätt | alle rettigheder forbeholdes | kaikki oikeudet pidätetään | всички права запазени | sva prava zadržana | сва права задржана |
  jogok fenntartva | διατηρούνται όλα τα δικαιώματα | כל הזכויות שמורות | جميع الحقوق محفوظة | सर्वाधिकार सुरक्षित
`);

/**
 * A site's "home" link, the head of its menu or breadcrumb ("Home", "Ana Sayfa", "Strona główna"): a line that is
 * one of these whole is a menu entry, never the site's name, however much it looks like a name.
 */
export const HOME_LINKS = new Set(
  stems(`
  home | home page | homepage | front page | startseite | accueil | inicio | portada | início | página inicial | pagina iniziale |
  prima pagina | voorpagina | beranda | главная | главная страница | головна | головна сторінка | галоўная | начало | начална страница |
  strona główna | úvod | domů | domov | hlavní stránka | titulní strana | úvodná stránka | címlap | kezdőlap | főoldal | acasă | pagina principală |
  prima pagină | ana sayfa | anasayfa | hem | startsida | forside | etusivu | avaleht | sākums | pradžia | pagrindinis | početna |
  naslovna | почетна | насловна | αρχική | αρχική σελίδα | ראשי | דף הבית | الرئيسية | الصفحة الرئيسية | होम | मुखपृष्ठ | ホーム |
  トップ | 首页 | 主页 | trang chủ | hjem | etxea | inici |
  صفحه اصلی | خانه | صفحہ اول | ہوم | मुख्य पृष्ठ | होम पेज | गृह पृष्ठ | गृहपृष्ठ | मुख्य पान | মূল পাতা | প্রথম পাতা | প্রচ্ছদ | হোম |
  ਮੁੱਖ ਪੰਨਾ | ਹੋਮ | મુખ્ય પૃષ્ઠ | હોમ | முகப்பு | முகப்பு பக்கம் | హోమ్ | ముఖపత్రం | ಮುಖಪುಟ | ಹೋಮ್ | ഹോം | പ്രധാന താൾ |
  මුල් පිටුව | ዋና ገጽ | መነሻ ገጽ | მთავარი | მთავარი გვერდი | หน้าแรก | หน้าหลัก | ទំព័រដើម | 홈 | 메인
`),
);

/**
 * Words meaning "also", "more", "related", "other", "similar" or "recommended", and the imperatives "read", "see",
 * "watch", "listen", as a short label over a linked headline uses them ("Περισσότερα:", "Ещё по теме:", "Watch:",
 * "Te recomendamos:"), folded (fold-text.ts) and matched as whole words.
 * Evidence for linked-headline.ts, never a decision: a subheading may open with one too.
 */
export const LINK_LABEL_WORDS = new Set(
  stems(`
  also | more | related | other | similar | recommended | further |
  auch | mehr | weitere | ähnliche | empfohlen | aussi | plus | autres | similaires | también | más | otras | otros | relacionado | relacionadas |
  anche | altri | altre | correlati | ook | meer | andere | gerelateerd | também | mais | outras | outros | juga | lainnya | terkait |
  также | еще | ещё | другие | похожие | також | ще | інші | схожі | таксама | яшчэ | іншыя | też | także | również | więcej | inne | powiązane |
  daugiau | také | též | další | související | ďalšie | alte | még | további | kapcsolódó | ayrıca | ilgili | diğer |
  också | även | mer | fler | relaterat | også | flere | myös | lisää | muut | veel | arī | vairāk | επίσης | περισσότερα | σχετικά |
  גם | עוד | נוספות | भी | अन्य | أيضا | أيضاً | ايضا | المزيد | pia | zaidi | edhe | tjera | још | još | още | thêm | khác | بیشتر | همچنین | مرتبط |
  read | see | watch | listen | lesen | sehen | schauen | lire | voir | regarder | écouter | lee | leer | lea | mira | ver | leggi | guarda | vedi | ascolta |
  lees | kijk | bekijk | luister | leia | veja | confira | assista | baca | simak | lihat | tonton | читайте | смотрите | слушайте | дивіться | слухайте |
  czytaj | przeczytaj | zobacz | posłuchaj | čtěte | přečtěte | podívejte | čítajte | prečítajte | pozrite | citește | vezi | ascultă | olvassa | olvasd | nézze |
  okuyun | izleyin | läs | lyssna | læs | lue | katso | kuuntele | loe | vaata | lasi | lasiet | skaitykite | žiūrėkite | διαβάστε | δείτε | קראו | צפו |
  पढ़ें | देखें | اقرأ | شاهد | طالع | soma | tazama | sikiliza | xem | đọc | pročitajte | pogledajte | прочитајте | погледајте | прочетете | вижте | lexo | shiko |
  preberite | poglejte | recommended | recomendamos | recomendado | empfehlung | recommandé | consigliato | aanbevolen | rekomendasi | рекомендуем | рекомендуємо |
  polecamy | doporučujeme | odporúčame | recomandăm | ajánljuk | önerilen | rekommenderat | anbefalt | suositeltu | soovitame | iesakām | rekomenduojame | προτείνουμε |
  leugh | cuideachd | tuilleadh | léigh | freisin | darllenwch | hefyd | mwy | llegiu | llegeix | vegeu | també | més | tamén | máis | irakurri | gehiago |
  legu | ankaŭ | pli | lestu | einnig | aqra | wkoll | waca | uga | ogé | basahin | funda | futhi | kwakhona | siwaju | karanta | kuma | akhri | sidoo |
  oxuyun | həmçinin | оқыңыз | толығырақ | окуңуз | укыгыз | тагын | okaň | shuningdek | batafsil | bixwîne | herwiha | tudi | več | također | takođe |
  više | tiež | viac | повеќе | също | ተጨማሪ | ያንብቡ | წაიკითხეთ | ასევე | կարդացեք | նաև | পড়ুন | আরও | আরো | படிக்க | மேலும் | చదవండి | కూడా |
  ಓದಿ | ಇದನ್ನೂ | ഇതും | ఇవి | ka | അനുബന്ധ | വായിക്കുക | കൂടുതൽ | वाचा | વાંચો | ਪੜ੍ਹੋ | पढ्नुहोस् | پڑھیں | مزید | بخوانید | אויך | לייענט | อ่าน | เพิ่มเติม | เพิ่ม | เติม
`).map(foldedLower),
);
