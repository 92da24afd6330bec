import { addDays } from '../local-time.ts';
import type { DemoMovie, DemoScreen } from './fixtures.ts';

const DAYS = 7;
const FIRST_SHOW_MINUTES = 10 * 60;
const LAST_SHOW_START_MINUTES = 22 * 60;
const SHOWS_PER_DAY = 5;

export interface DemoShow {
  externalRef: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the theatre's zone. */
  startsAtLocal: string;
  /** An index into the movies the plan was given. */
  movieIndex: number;
  language: string;
}

/**
 * A week of shows on one screen from `firstDate` (the theatre's today): morning to late evening,
 * each starting on a quarter hour once the previous show and the cleaning after it are over, so
 * the domain's overlap rule (ends include the cleaning buffer) never refuses one.
 */
export function planScreenWeek(params: {
  screen: DemoScreen;
  /** Staggers the screens of a theatre so the lobby does not empty all at once. */
  screenIndex: number;
  firstDate: string;
  cleaningBufferMinutes: number;
  movies: DemoMovie[];
}): DemoShow[] {
  const { screen, screenIndex, movies } = params;
  const shows: DemoShow[] = [];
  for (let day = 0; day < DAYS; day++) {
    const date = addDays(params.firstDate, day);
    let start = FIRST_SHOW_MINUTES + screenIndex * 15;
    for (let slot = 0; slot < SHOWS_PER_DAY && start <= LAST_SHOW_START_MINUTES; slot++) {
      const movieIndex = screen.movies[(day + slot + screenIndex) % screen.movies.length]!;
      const movie = movies[movieIndex]!;
      const time = clock(start);
      shows.push({
        externalRef: `${screen.externalRef}-${date}-${time.replace(':', '')}`,
        startsAtLocal: `${date}T${time}`,
        movieIndex,
        language: movie.languages[(day + slot) % movie.languages.length]!,
      });
      start = Math.ceil((start + movie.durationMinutes + params.cleaningBufferMinutes) / 15) * 15;
    }
  }
  return shows;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
