/**
 * Small per-language tables of the general vocabulary site furniture is made of:
 * share/follow/subscribe verbs, photo and video credit labels, embed and
 * consent words, "today"/"yesterday" and "ago". They serve the shape rules in
 * line-rules.ts and embed-rules.ts; none of them is one site's wording. Stems
 * are matched at the start of a word, case-insensitively. The words of links
 * ("read also", "home", link labels) are link-words.ts's.
 */

/** A table written as words or phrases between bars, as a list. */
export const stems = (list: string) => list.trim().split(/\s*\|\s*/u);
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

