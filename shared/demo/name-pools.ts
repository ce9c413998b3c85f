/**
 * Where a generated forum's people come from: names as they write them (Arabic, Polish,
 * Tigrinya, Dari, Ukrainian, Vietnamese, Urdu, Sorani, Chinese…) with the Latin spelling a
 * colleague would use, nationality (ISO 3166-1) and languages (ISO 639-3), weighted roughly
 * like the communities a UK migrant forum serves. Invented combinations, not real people.
 */

/** [as written, Latin]; the Latin is omitted for names already in Latin script. */
export type NamePart = readonly [string, string?];

export interface Origin {
  country: string;
  weight: number;
  /** Main language first, then others commonly spoken. */
  languages: readonly string[];
  given: { woman: readonly NamePart[]; man: readonly NamePart[] };
  family: readonly NamePart[];
  /** Family name first (Vietnamese, Chinese). */
  familyFirst?: boolean;
  /** Middle names by gender (Vietnamese Thị / Văn). */
  middle?: { woman: readonly NamePart[]; man: readonly NamePart[] };
  /** Polish-style female surname forms: Kowalski → Kowalska. */
  feminineSurname?: (name: string) => string;
}

const arabicWomen: NamePart[] = [['فاطمة', 'Fatima'], ['مريم', 'Maryam'], ['آمنة', 'Amina'], ['نور', 'Nour'], ['ليلى', 'Layla'], ['هبة', 'Hiba'], ['رنا', 'Rana'], ['سلمى', 'Salma'], ['زينب', 'Zainab'], ['ياسمين', 'Yasmin']];
const arabicMen: NamePart[] = [['محمد', 'Mohammed'], ['أحمد', 'Ahmad'], ['خالد', 'Khaled'], ['عمر', 'Omar'], ['يوسف', 'Yousef'], ['حسن', 'Hassan'], ['علي', 'Ali'], ['إبراهيم', 'Ibrahim'], ['مصطفى', 'Mustafa'], ['سامي', 'Sami']];
const arabicFamily: NamePart[] = [['الأحمد', 'Al-Ahmad'], ['الخطيب', 'Al-Khatib'], ['حداد', 'Haddad'], ['السيد', 'Al-Sayed'], ['الحسن', 'Al-Hassan'], ['عثمان', 'Othman'], ['المصري', 'Al-Masri'], ['النجار', 'Al-Najjar'], ['درويش', 'Darwish'], ['قاسم', 'Qasim']];

const dariWomen: NamePart[] = [['زهرا', 'Zahra'], ['فرشته', 'Fereshteh'], ['مریم', 'Maryam'], ['شبنم', 'Shabnam'], ['نرگس', 'Narges'], ['پروانه', 'Parwana'], ['سمیرا', 'Samira'], ['لیلا', 'Leila']];
const dariMen: NamePart[] = [['نجیب', 'Najib'], ['فرید', 'Farid'], ['جاوید', 'Javid'], ['رحیم', 'Rahim'], ['حمید', 'Hamid'], ['شفیق', 'Shafiq'], ['مسعود', 'Massoud'], ['بشیر', 'Bashir'], ['رضا', 'Reza']];
const dariFamily: NamePart[] = [['احمدی', 'Ahmadi'], ['حسینی', 'Hosseini'], ['رحیمی', 'Rahimi'], ['محمدی', 'Mohammadi'], ['کریمی', 'Karimi'], ['نوری', 'Noori'], ['صدیقی', 'Siddiqui'], ['هاشمی', 'Hashemi'], ['رضایی', 'Rezaei'], ['موسوی', 'Mousavi']];

const polishSurname = (name: string): string => name.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');

export const ORIGINS: readonly Origin[] = [
  { country: 'SY', weight: 14, languages: ['ara', 'kmr', 'eng'], given: { woman: arabicWomen, man: arabicMen }, family: arabicFamily },
  { country: 'SD', weight: 8, languages: ['ara', 'eng'], given: { woman: arabicWomen, man: arabicMen }, family: arabicFamily },
  {
    country: 'UA',
    weight: 12,
    languages: ['ukr', 'rus', 'eng'],
    given: {
      woman: [['Олена', 'Olena'], ['Наталія', 'Nataliia'], ['Оксана', 'Oksana'], ['Ірина', 'Iryna'], ['Юлія', 'Yuliia'], ['Тетяна', 'Tetiana'], ['Катерина', 'Kateryna'], ['Софія', 'Sofiia']],
      man: [['Олександр', 'Oleksandr'], ['Андрій', 'Andrii'], ['Дмитро', 'Dmytro'], ['Сергій', 'Serhii'], ['Іван', 'Ivan'], ['Максим', 'Maksym'], ['Богдан', 'Bohdan'], ['Тарас', 'Taras']],
    },
    family: [['Шевченко', 'Shevchenko'], ['Коваленко', 'Kovalenko'], ['Бондаренко', 'Bondarenko'], ['Ткаченко', 'Tkachenko'], ['Кравченко', 'Kravchenko'], ['Мельник', 'Melnyk'], ['Бойко', 'Boiko'], ['Олійник', 'Oliinyk'], ['Савченко', 'Savchenko'], ['Поліщук', 'Polishchuk']],
  },
  {
    country: 'PL',
    weight: 10,
    languages: ['pol', 'eng'],
    given: {
      woman: [['Anna'], ['Katarzyna'], ['Małgorzata'], ['Agnieszka'], ['Joanna'], ['Magdalena'], ['Zofia'], ['Ewa']],
      man: [['Piotr'], ['Krzysztof'], ['Łukasz'], ['Tomasz'], ['Paweł'], ['Michał'], ['Jakub'], ['Marcin']],
    },
    family: [['Kowalski'], ['Wiśniewski'], ['Lewandowski'], ['Dąbrowski'], ['Nowak'], ['Wójcik'], ['Woźniak'], ['Mazur'], ['Krawczyk'], ['Zieliński']],
    feminineSurname: polishSurname,
  },
  { country: 'AF', weight: 10, languages: ['prs', 'pus', 'eng'], given: { woman: dariWomen, man: dariMen }, family: dariFamily },
  { country: 'IR', weight: 6, languages: ['pes', 'eng'], given: { woman: dariWomen, man: dariMen }, family: dariFamily },
  {
    country: 'ER',
    weight: 9,
    languages: ['tir', 'ara', 'eng'],
    given: {
      woman: [['ሳባ', 'Saba'], ['ሄለን', 'Helen'], ['ሉዋም', 'Luwam'], ['ፊዮሪ', 'Fiori'], ['ሰላም', 'Selam'], ['ኤልሳ', 'Elsa'], ['ራሄል', 'Rahel'], ['ብርኽቲ', 'Birkti']],
      man: [['ዮናስ', 'Yonas'], ['ሰለሞን', 'Solomon'], ['ዳንኤል', 'Daniel'], ['ሃብቶም', 'Habtom'], ['መብራህቱ', 'Mebrahtu'], ['ብርሃነ', 'Berhane'], ['ተኽለ', 'Tekle'], ['ክብሮም', 'Kibrom']],
    },
    family: [['ገብረሂወት', 'Gebrehiwet'], ['ተወልደ', 'Tewolde'], ['ሃይለ', 'Haile'], ['ኪዳነ', 'Kidane'], ['ገብረመድህን', 'Gebremedhin'], ['ወልዱ', 'Weldu'], ['ተስፋማርያም', 'Tesfamariam'], ['ዘርአይ', 'Zerai']],
  },
  {
    country: 'IQ',
    weight: 6,
    languages: ['ckb', 'ara', 'eng'],
    given: {
      woman: [['شیلان', 'Shilan'], ['نازدار', 'Nazdar'], ['سۆزان', 'Sozan'], ['کوێستان', 'Kwestan']],
      man: [['ئارام', 'Aram'], ['کاروان', 'Karwan'], ['ڕێبوار', 'Rebwar'], ['شوان', 'Shwan']],
    },
    family: [['ئەحمەد', 'Ahmed'], ['محەمەد', 'Muhammad'], ['عەلی', 'Ali'], ['حەسەن', 'Hasan'], ['کەریم', 'Karim']],
  },
  {
    country: 'VN',
    weight: 5,
    languages: ['vie', 'eng'],
    familyFirst: true,
    given: {
      woman: [['Lan'], ['Hương'], ['Linh'], ['Mai'], ['Thảo'], ['Ngọc']],
      man: [['Minh'], ['Tuấn'], ['Hùng'], ['Dũng'], ['Quang'], ['Hải']],
    },
    middle: { woman: [['Thị'], ['Ngọc']], man: [['Văn'], ['Đức']] },
    family: [['Nguyễn'], ['Trần'], ['Lê'], ['Phạm'], ['Hoàng'], ['Phan'], ['Vũ'], ['Đặng']],
  },
  {
    country: 'RO',
    weight: 5,
    languages: ['ron', 'eng'],
    given: {
      woman: [['Elena'], ['Ioana'], ['Maria'], ['Andreea'], ['Mihaela'], ['Cristina']],
      man: [['Andrei'], ['Mihai'], ['Ionuț'], ['Florin'], ['Gheorghe'], ['Alexandru']],
    },
    family: [['Popescu'], ['Ionescu'], ['Stan'], ['Dumitru'], ['Constantin'], ['Munteanu'], ['Ștefan'], ['Țurcanu']],
  },
  {
    country: 'PK',
    weight: 5,
    languages: ['urd', 'pan', 'eng'],
    given: {
      woman: [['عائشہ', 'Ayesha'], ['صائمہ', 'Saima'], ['نادیہ', 'Nadia'], ['حنا', 'Hina'], ['سعدیہ', 'Sadia'], ['رابعہ', 'Rabia']],
      man: [['عمران', 'Imran'], ['بلال', 'Bilal'], ['عثمان', 'Usman'], ['فیصل', 'Faisal'], ['کامران', 'Kamran'], ['طارق', 'Tariq']],
    },
    family: [['خان', 'Khan'], ['حسین', 'Hussain'], ['بٹ', 'Butt'], ['چوہدری', 'Chaudhry'], ['قریشی', 'Qureshi'], ['ملک', 'Malik']],
  },
  {
    country: 'SO',
    weight: 4,
    languages: ['som', 'ara', 'eng'],
    given: {
      woman: [['Hodan'], ['Fadumo'], ['Asha'], ['Sahra'], ['Hawa'], ['Ayan']],
      man: [['Abdi'], ['Mohamed'], ['Abdirahman'], ['Hassan'], ['Ahmed'], ['Farah']],
    },
    family: [['Warsame'], ['Farah'], ['Hussein'], ['Abdullahi'], ['Jama'], ['Osman'], ['Egal']],
  },
  {
    country: 'HK',
    weight: 3,
    languages: ['yue', 'cmn', 'eng'],
    familyFirst: true,
    given: {
      woman: [['嘉欣', 'Ka Yan'], ['詠琪', 'Wing Ki'], ['美玲', 'Mei Ling'], ['慧敏', 'Wai Man']],
      man: [['志明', 'Chi Ming'], ['家豪', 'Ka Ho'], ['偉強', 'Wai Keung'], ['俊傑', 'Chun Kit']],
    },
    family: [['陳', 'Chan'], ['李', 'Lee'], ['黃', 'Wong'], ['張', 'Cheung'], ['林', 'Lam'], ['何', 'Ho']],
  },
  {
    country: 'NG',
    weight: 3,
    languages: ['eng', 'yor', 'ibo'],
    given: {
      woman: [['Ngozi'], ['Adaeze'], ['Folake'], ['Chiamaka'], ['Funmilayo'], ['Blessing']],
      man: [['Chinedu'], ['Oluwaseun'], ['Emeka'], ['Babatunde'], ['Ifeanyi'], ['Tunde']],
    },
    family: [['Okafor'], ['Adeyemi'], ['Okonkwo'], ['Balogun'], ['Eze'], ['Adebayo']],
  },
];

/** Postcode districts of the forum's (invented) catchment, busiest first. */
export const AREAS: readonly (readonly [string, number])[] = [
  ['G42', 14], ['G41', 11], ['G51', 9], ['G31', 8], ['G21', 8], ['G33', 6], ['G52', 6], ['G4', 5],
  ['G3', 4], ['G20', 4], ['G22', 4], ['G32', 3], ['G40', 3], ['G43', 2], ['G44', 2], ['G45', 2],
  ['G46', 1], ['G53', 1], ['G11', 1], ['G12', 1],
];
