/**
 * Small per-language tables of the words of links to other pages: "read also" labels over another story's headline,
 * a site's "home" link at the head of its menu, and the words of a short label over a linked headline. Evidence for the
 * related-block and outlet rules, none of them one site's wording. Split from furniture-words.ts.
 */
import { foldedLower } from '../fold-text';
import { stems } from './furniture-words';



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
