import { formatPounds } from './pay.ts';

/** What a reader needs to know about a standard in one line. */
export interface StandardFacts {
  level: number;
  typicalDuration: number;
  maxFunding: number;
  integratedDegree: boolean;
}

/** "Level 6 with a degree, typically 48 months, up to £27,000 of funding for training". */
export function standardSummary(s: StandardFacts): string {
  const months = s.typicalDuration === 1 ? '1 month' : `${s.typicalDuration} months`;
  return `Level ${s.level}${s.integratedDegree ? ' with a degree' : ''}, typically ${months}, up to ${formatPounds(s.maxFunding)} of funding for training`;
}
