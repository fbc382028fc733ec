/**
 * Words that tell close siblings apart, written by hand from the languages' standard grammars and
 * vocabularies (not from any corpus): the function words, months, and everyday nouns where
 * Croatian, Bosnian, Serbian and Slovenian, Danish and Norwegian Bokmål, Indonesian and Malay, Czech
 * and Slovak, Spanish, Portuguese and Galician, and Russian, Bulgarian, Macedonian and Serbian in
 * Cyrillic differ. Serbian lists its Latin and its Cyrillic words in one string (each script's
 * model only ever meets its own). A word listed for a language is evidence for
 * that language and, implicitly, against its siblings that do not list it.
 */
export const SIBLING_WORDS: Readonly<Record<string, string>> = {
  hr:
    'tko tisuća tisuće tisuću kruh vlak vlaka tjedan tjedna tjednu glazba glazbe obitelj obitelji ' +
    'sveučilište sveučilišta zrakoplov zrakoplova povijest povijesti kazalište kazališta nogomet ' +
    'nogometa uopće točno znanost znanosti znanstvenik ured ureda izvješće izvješća priopćenje ' +
    'prosvjed prosvjeda veleposlanik veleposlanstvo tijekom siječnja veljače ožujka travnja svibnja ' +
    'lipnja srpnja kolovoza rujna listopada studenoga prosinca siječanj veljača ožujak travanj ' +
    'svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac hrvatska hrvatske hrvatskoj ' +
    'hrvatski zagreb zagrebu gospodarstvo gospodarski postotak postotaka vojnik zračni zračne zračna ' +
    'opće općenito vrijeme vremena mlijeko rijeka rijeke djeca dijete lijepo lijep svijet svijeta ' +
    'mjesto mjesta vijest vijesti pjesma cijeli cijela riječ riječi mjera mjere uvijek gdje ovdje ' +
    'poslije prije dvije srijeda srijede mjesec mjeseca mjeseci predsjednik predsjednika ministar ' +
    'ministarstvo tvrtka tvrtke liječnik bolnica kuća kuće novac ljudi godina godine godini danas ' +
    'sutra jučer možda naravno kroz protiv milijuna milijardi što koji koja koje kako kada jer neće ' +
    'hoće četiri',
  bs:
    'ko hiljada hiljade hiljadu hljeb voz voza sedmica sedmice sedmici muzika muzike porodica porodice ' +
    'univerzitet univerziteta historija historije historijski pozorište fudbal fudbala tačno nauka nauke ' +
    'naučnik izvještaj izvještaja saopćenje ambasador ambasada tokom januar februar mart april juni juli ' +
    'august septembar oktobar novembar decembar januara februara marta aprila maja juna jula augusta ' +
    'septembra oktobra novembra decembra bosna bosne bosni hercegovine hercegovina sarajevo sarajevu ' +
    'bih federacije federacija kanton kantona općina općine procenat procenata lahko šta kahva hemija',
  sr:
    'vreme vremena mleko reka reke deca dete lepo lep svet sveta mesto mesta vest vesti pesma celi ' +
    'ceo reč reči mera mere uvek gde ovde posle pre dve sreda srede beograd beogradu srbija srbije ' +
    'srbiji opština opštine uopšte takođe hiljada hiljade ko šta voz nedelja nedelje muzika porodica ' +
    'porodice univerzitet istorija istorije pozorište fudbal tačno nauka izveštaj izveštaja ' +
    'saopštenje ambasador tokom januar februar mart april jun jul avgust septembar oktobar novembar ' +
    'decembar januara februara marta aprila maja juna jula avgusta septembra oktobra novembra ' +
    'decembra procenat procenata hemija sledeći sledeće sledećeg veoma cena cene telo pevač lekar ' +
    'bolnica шта који које данас сутра јуче зашто већ још људи кућа године србија србије србији ' +
    'београд београду министар председник динара хиљада хиљаде процената такође веома пре између због ' +
    'према јер није нису биће сваки недеља лепо рекао рекла',
  sl:
    'tudi zelo lahko kje kaj kdo zakaj danes jutri včeraj vendar čeprav ker vsi vse vsak ljudje otrok ' +
    'otroci hiša denar bomo bodo brez skozi glede ampak morda seveda tega temu kot naj gre slovenija ' +
    'slovenije sloveniji ljubljana ljubljani evrov odstotkov odstotka ministrstvo podjetje podjetja ' +
    'občina občine šola šole zdravnik bolnišnica letalo avto tisoč milijonov milijona milijard trije ' +
    'štiri teden tedna',
  da:
    'hvad nogen noget nogle meget efter måske blev siger sagde gøre nu dig mig sig mere end tilbage uge ' +
    'ugen fik ud op blive bliver havde igen lidt mellem gennem været mod nej tak pige løbet købe kende ' +
    'måde hjælp øje øjeblik danmark danske dansk københavn regeringen folketinget selvom syg spørgsmål ' +
    'bog sprog dreng mand kvinde kvinder vej hvilket hvilken hver eneste sammen derfor ingenting',
  nb:
    'hva noen noe mye etter kanskje ble sier sa gjøre nå deg meg seg mer enn tilbake uke uken fikk ut ' +
    'opp bli blir hadde igjen litt mellom gjennom vært mot nei takk jente løpet kjøpe kjenne måte hjelp ' +
    'øye øyeblikk norge norske norsk oslo regjeringen stortinget veldig fortsatt dessuten syk spørsmål ' +
    'bok språk gutt mann kvinne kvinner vei hvilket hvilken hver eneste sammen derfor ingenting ikkje',
  id:
    'bisa karena saat pemerintah presiden jakarta indonesia rupiah uang kantor mobil sepeda universitas ' +
    'polisi kemarin cuma gimana nggak enggak rumah dokter kamis jumat agustus desember maret juni juli ' +
    'bahwa agar meski yaitu yakni kota provinsi setelah sesudah baru ujar tersebut sebuah para terhadap ' +
    'tapi banget lagi sekitar hanya',
  ms:
    'boleh kerana kerajaan wang pejabat kereta basikal universiti polis semalam hospital doktor khamis ' +
    'jumaat ahad ogos disember mac jun julai bahawa supaya iaitu bandar negeri malaysia kuala lumpur ' +
    'ringgit sahaja daripada ialah mahu hendak pelbagai kakitangan syarikat baharu menerusi antarabangsa ' +
    'perdana manakala selepas sekiranya beliau turut',
  ru:
    'что это который которая которые которых года году сегодня почему потому только тоже также ещё ' +
    'еще всё очень было были будет можно нужно надо россии россия москве москва рублей правительство ' +
    'министр человек дети время здесь теперь сейчас тогда когда несколько больше меньше лучше ' +
    'хорошо спасибо пожалуйста говорит сказал',
  bg:
    'са това този тази тези който която които какво днес защото след преди чрез правителство министър ' +
    'председател държава държавата българия български българска софия лева хиляди също още вече ' +
    'всички всеки нещо нищо хора къща път седмица ще бъде няма трябва казва каза обаче',
  mk:
    'македонија македонски македонска скопје денари сите секој уште веќе луѓе куќа пат меѓу денес ' +
    'бидејќи овој оваа овие тој таа тоа тие кој кое кои ќе сум биле министер претседател годинава ' +
    'недела',
  cs:
    'který která které kterou kteří jsou jsem jsme také není byl byla bylo byli může mezi podle proto ' +
    'ještě když protože řekl více však již pro při tři čtyři řeč něco nebo jenom jen tady teď dnes ' +
    'vláda vlády česká české republiky praha praze korun',
  sk:
    'ktorý ktorá ktoré ktorú ktorí sú som sme tiež nie bol bola bolo boli môže medzi podľa preto ešte ' +
    'keď pretože povedal viac však už pre pri tri štyri reč niečo alebo iba tu teraz dnes vláda vlády ' +
    'slovenská slovenské republiky bratislava bratislave eur ako aj',
  es:
    'y el los las del en por con una es se su al lo como más pero sus le ya fue este ha sí porque esta ' +
    'entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni ' +
    'ese eso ellos esto antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada ' +
    'muchos cual poco ella estar estas algunas algo nosotros año años gobierno dijo según pasado después ' +
    'ayer hoy mientras ahora millones están será',
  pt:
    'e o os as do da dos das no na nos nas com uma um não já muito mais também até desde quando onde ' +
    'mas nem governo disse segundo depois ontem hoje enquanto ano anos são está foi pelo pela seu sua ' +
    'ele ela eles isso isto você pelos pelas ao aos à às são milhões então ainda agora será',
  gl:
    'e o os as do da dos das no na nos nas cun cunha unha un non xa moi máis tamén ata dende cando onde ' +
    'pero nin goberno dixo segundo despois onte hoxe mentres ano anos son está foi polo pola seu súa el ' +
    'ela eles iso isto vostede polos polas ao aos á ás millóns entón aínda agora será xunta galicia galega',
};
