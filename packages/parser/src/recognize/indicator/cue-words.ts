import { vietnameseRegex } from '../../text/vietnamese-regex.js';

// Cue words both the statistic reader and its subject finder look for, folded.

/** "bình quân", "trung bình": an average over a period or over a list of places. */
export const AVERAGE = vietnameseRegex('(?:^|[^\\p{L}])(?:bình quân|trung bình)(?:[^\\p{L}]|$)', 'u');

/** "Theo Sở Xây dựng, …": the body named right after is the source of what is said. */
export const SOURCE_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])theo\\s+$', 'u');
