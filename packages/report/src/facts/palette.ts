import type { FactKind } from '../core.js';

/**
 * One colour per kind: five from the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies, and its yellow darkened so an underline shows on white;
 * each kind also has a letter so colour is never the only cue. Red is left for problems.
 */
export const KIND_STYLE: { readonly [K in FactKind]: { readonly colour: string; readonly letter: string } } =
  {
    quantity: { colour: '#0072B2', letter: 'Q' },
    time: { colour: '#E69F00', letter: 'T' },
    person: { colour: '#CC79A7', letter: 'P' },
    organization: { colour: '#009E73', letter: 'O' },
    location: { colour: '#56B4E9', letter: 'L' },
    indicator: { colour: '#8A6D00', letter: 'I' },
  };
