import { foldKey } from '../text/fold.js';
import { readDataFile } from './data-file.js';

/**
 * The ethnic groups of Việt Nam (data/ethnic-groups.json). Several read like a person's name
 * ("Hà Nhì", "Lô Lô", "La Chí"): a list of peoples is no list of people.
 */
const { groups } = readDataFile('ethnic-groups.json') as { groups: string[] };

/** Folded names of the groups, their words joined by one space ("ha nhi", "e de"). */
export const ETHNIC_GROUP_KEYS: ReadonlySet<string> = new Set(
  groups.map((name) => foldKey(name.replace(/-/g, ' '))),
);
