// The static part of the demo data: a small catalogue and one theatre chain's estate.
// Movies are fictional so the demo never goes stale or misstates a real film.

export const DEMO_CITIES = [
  { key: 'mumbai', name: 'Mumbai', country: 'IN', timeZone: 'Asia/Kolkata' },
  { key: 'bengaluru', name: 'Bengaluru', country: 'IN', timeZone: 'Asia/Kolkata' },
  { key: 'delhi', name: 'Delhi', country: 'IN', timeZone: 'Asia/Kolkata' },
  { key: 'london', name: 'London', country: 'GB', timeZone: 'Europe/London' },
  { key: 'dubai', name: 'Dubai', country: 'AE', timeZone: 'Asia/Dubai' },
] as const;

export type DemoCityKey = (typeof DEMO_CITIES)[number]['key'];

export interface DemoMovie {
  title: string;
  languages: string[];
  genres: string[];
  durationMinutes: number;
  certification: string;
  releaseDate: string;
  synopsis: string;
  localizedTitles?: Record<string, string>;
}

export const DEMO_MOVIES: DemoMovie[] = [
  {
    title: 'The Last Monsoon',
    languages: ['hi', 'en'],
    genres: ['drama', 'romance'],
    durationMinutes: 148,
    certification: 'U/A 13+',
    releaseDate: '2026-10-30',
    synopsis: 'Two estranged siblings return to their flooded village for one final harvest.',
    localizedTitles: { hi: 'आख़िरी मानसून' },
  },
  {
    title: 'Orbit Zero',
    languages: ['en', 'hi', 'ta'],
    genres: ['sci_fi', 'action'],
    durationMinutes: 162,
    certification: 'U/A 13+',
    releaseDate: '2026-11-06',
    synopsis: 'A salvage crew finds a derelict station still broadcasting a distress call.',
    localizedTitles: { hi: 'ऑर्बिट ज़ीरो' },
  },
  {
    title: 'Kaveri Calling',
    languages: ['ta'],
    genres: ['drama'],
    durationMinutes: 139,
    certification: 'U',
    releaseDate: '2026-11-13',
    synopsis: 'A retired boatman takes one last passenger down the river he grew up on.',
    localizedTitles: { ta: 'காவேரி அழைக்கிறது' },
  },
  {
    title: 'Godavari Nights',
    languages: ['te', 'ta'],
    genres: ['romance', 'comedy'],
    durationMinutes: 131,
    certification: 'U/A 7+',
    releaseDate: '2026-11-20',
    synopsis: 'A wedding planner and a wedding crasher keep ending up at the same receptions.',
    localizedTitles: { te: 'గోదావరి రాత్రులు' },
  },
  {
    title: 'Chennai Heist',
    languages: ['ta', 'te', 'hi'],
    genres: ['action', 'thriller'],
    durationMinutes: 157,
    certification: 'U/A 16+',
    releaseDate: '2026-10-23',
    synopsis: 'A gold-vault robbery goes wrong when every member of the crew is a double agent.',
  },
  {
    title: 'Dilli Dhamaal',
    languages: ['hi'],
    genres: ['comedy'],
    durationMinutes: 124,
    certification: 'U/A 7+',
    releaseDate: '2026-11-13',
    synopsis: 'Three flatmates have one weekend to return a borrowed elephant.',
  },
  {
    title: 'Paper Kites',
    languages: ['en'],
    genres: ['comedy', 'drama'],
    durationMinutes: 102,
    certification: 'U',
    releaseDate: '2026-11-06',
    synopsis: 'A kite-flying contest becomes a grandfather and granddaughter’s last adventure.',
  },
  {
    title: 'The Clockmaker’s Daughter',
    languages: ['en'],
    genres: ['drama', 'thriller'],
    durationMinutes: 133,
    certification: 'U/A 13+',
    releaseDate: '2026-10-16',
    synopsis: 'Every clock in a mountain town stops at the same minute, except one.',
  },
  {
    title: 'Vaanam',
    languages: ['ta', 'en'],
    genres: ['sci_fi', 'drama'],
    durationMinutes: 146,
    certification: 'U/A 7+',
    releaseDate: '2026-11-20',
    synopsis: 'A village schoolteacher builds a radio telescope out of scrap.',
  },
  {
    title: 'Charminar Chronicles',
    languages: ['te', 'hi'],
    genres: ['action', 'drama'],
    durationMinutes: 171,
    certification: 'U/A 16+',
    releaseDate: '2026-10-30',
    synopsis: 'Three generations of a Hyderabad family and the feud that outlived its cause.',
    localizedTitles: { te: 'చార్మినార్ క్రానికల్స్', hi: 'चारमीनार क्रॉनिकल्स' },
  },
  {
    title: 'Little Tiger',
    languages: ['en', 'hi', 'ta', 'te'],
    genres: ['comedy'],
    durationMinutes: 95,
    certification: 'U',
    releaseDate: '2026-11-13',
    synopsis: 'A tiger cub raised by a circus decides to find the forest it came from.',
  },
  {
    title: 'Silent Frequency',
    languages: ['en', 'hi'],
    genres: ['thriller', 'sci_fi'],
    durationMinutes: 118,
    certification: 'A',
    releaseDate: '2026-11-20',
    synopsis: 'A night-shift radio host starts receiving calls from tomorrow.',
  },
];

export interface DemoScreen {
  externalRef: string;
  name: string;
  format: '2D' | '3D' | 'IMAX';
  /** Row counts per category, front to back, and seats per row in each. */
  standardRows: number;
  premiumRows: number;
  reclinerRows: number;
  seatsPerRow: number;
  reclinersPerRow: number;
  /** Indexes into DEMO_MOVIES that this screen rotates through. */
  movies: number[];
}

export interface DemoTheatre {
  externalRef: string;
  name: string;
  city: DemoCityKey;
  address: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  status: 'draft' | 'live';
  /** Minutes between one show's end and the next one's start on a screen. */
  cleaningBufferMinutes: number;
  payAtVenue: boolean;
  currency: string;
  screens: DemoScreen[];
}

export const DEMO_THEATRES: DemoTheatre[] = [
  {
    externalRef: 'LUM-MUM-BANDRA',
    name: 'Lumière Bandra',
    city: 'mumbai',
    address: '24 Hill Road, Bandra West, Mumbai',
    postalCode: '400050',
    latitude: 19.0544,
    longitude: 72.8302,
    status: 'live',
    cleaningBufferMinutes: 15,
    payAtVenue: true,
    currency: 'INR',
    screens: [
      { externalRef: 'AUDI-1', name: 'Audi 1', format: '2D', standardRows: 8, premiumRows: 4,
        reclinerRows: 2, seatsPerRow: 22, reclinersPerRow: 12, movies: [0, 5, 1, 9] },
      { externalRef: 'AUDI-2', name: 'Audi 2', format: '3D', standardRows: 6, premiumRows: 4,
        reclinerRows: 2, seatsPerRow: 18, reclinersPerRow: 10, movies: [10, 1, 11, 6] },
      { externalRef: 'IMAX', name: 'IMAX', format: 'IMAX', standardRows: 7, premiumRows: 3,
        reclinerRows: 2, seatsPerRow: 20, reclinersPerRow: 10, movies: [1, 8, 11] },
    ],
  },
  {
    externalRef: 'LUM-BLR-INDIRANAGAR',
    name: 'Lumière Indiranagar',
    city: 'bengaluru',
    address: '100 Feet Road, Indiranagar, Bengaluru',
    postalCode: '560038',
    latitude: 12.9719,
    longitude: 77.6412,
    status: 'live',
    cleaningBufferMinutes: 20,
    payAtVenue: false,
    currency: 'INR',
    screens: [
      { externalRef: 'SCREEN-1', name: 'Screen 1', format: '2D', standardRows: 7, premiumRows: 3,
        reclinerRows: 2, seatsPerRow: 20, reclinersPerRow: 12, movies: [2, 4, 3, 7] },
      { externalRef: 'SCREEN-2', name: 'Screen 2', format: '2D', standardRows: 6, premiumRows: 3,
        reclinerRows: 2, seatsPerRow: 16, reclinersPerRow: 8, movies: [3, 10, 8, 9] },
    ],
  },
  {
    externalRef: 'LUM-LON-SOHO',
    name: 'Lumière Soho',
    city: 'london',
    address: '12 Greek Street, London',
    postalCode: 'W1D 4DH',
    latitude: 51.5136,
    longitude: -0.1316,
    status: 'draft',
    cleaningBufferMinutes: 15,
    payAtVenue: false,
    currency: 'GBP',
    screens: [],
  },
];

export type DemoSeatCategory = 'standard' | 'premium' | 'recliner';

/** Per-seat prices in minor units of the theatre's currency, by screen format and category. */
export const DEMO_PRICES: Record<DemoScreen['format'], Record<DemoSeatCategory, number>> = {
  '2D': { standard: 22000, premium: 32000, recliner: 55000 },
  '3D': { standard: 28000, premium: 38000, recliner: 62000 },
  IMAX: { standard: 42000, premium: 52000, recliner: 80000 },
};

/** The first is the theatre chain above; the second sells its tickets. */
export const DEMO_PARTNERS = [
  { name: 'Lumière Cinemas', kind: 'theatre' },
  { name: 'TicketHub', kind: 'aggregator' },
] as const;
