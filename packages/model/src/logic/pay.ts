import type { PayType, PayUnit } from '../vocabulary.ts';

/** Structured pay as feeds carry it (the same shape as the content schema's `pay`). */
export interface PayFacts {
  type: PayType;
  amount?: number;
  unit?: PayUnit;
  note?: string;
}

const UNIT_WORDS: Record<PayUnit, string> = { hour: 'an hour', week: 'a week', month: 'a month', year: 'a year' };

/**
 * A number with commas between thousands, as en-GB writes it: 12,345 or 1,234.5. By hand, not
 * toLocaleString: a page's first Intl number format loads locale data the widgets' first results
 * would wait for (the tests hold it to Intl's answers).
 */
export function groupDigits(n: number | string): string {
  const [whole, fraction] = String(n).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** Pounds as people write them: £19,500 or £412.50 (pence only when there are some). */
export function formatPounds(amount: number): string {
  return `£${groupDigits(Number.isInteger(amount) ? amount : amount.toFixed(2))}`;
}

/** Pay in words: "£19,500 a year", or what the minimum wage or "competitive" means, without the note. */
export function payText(pay: PayFacts): string {
  switch (pay.type) {
    case 'fixed':
      return `${formatPounds(pay.amount ?? 0)} ${UNIT_WORDS[pay.unit ?? 'year']}`;
    case 'apprentice-minimum':
      return 'Apprentice minimum wage (the National Minimum Wage rate for apprentices)';
    case 'national-minimum':
      return 'National Minimum Wage for your age';
    case 'competitive':
      return 'Competitive: the employer does not give a figure';
  }
}

/** Weeks and months in a year, to put fixed pay on one scale. */
const PER_YEAR: Record<Exclude<PayUnit, 'hour'>, number> = { week: 52, month: 12, year: 1 };

/**
 * A fixed wage as pounds a year, for sorting and filtering by pay; undefined for the minimum
 * wages and competitive pay, whose figure depends on the learner or is not given, and for an
 * hourly rate, whose yearly sum depends on hours the hub may not know.
 */
export function annualPay(pay: PayFacts | undefined): number | undefined {
  if (pay?.type !== 'fixed' || pay.amount === undefined || pay.unit === undefined || pay.unit === 'hour') return undefined;
  return Math.round(pay.amount * PER_YEAR[pay.unit]);
}

/**
 * The first amount with a period in an employer's words about pay ("£20,400 a year",
 * "£11.44 per hour", "£1,700/month"), or undefined. A range gives its lower end.
 */
export function payFromText(text: string): { amount: number; unit: PayUnit } | undefined {
  const match =
    /£\s?(\d[\d,]*(?:\.\d{1,2})?)(?:\s*(?:-|–|to)\s*£?\s?\d[\d,]*(?:\.\d{1,2})?)?\s*(?:a|an|per|\/|each)\s*(hour|hr|week|wk|month|year|annum|yr)\b/i.exec(
      text,
    );
  if (!match) return undefined;
  const amount = Number(match[1]!.replace(/,/g, ''));
  const word = match[2]!.toLowerCase();
  const unit: PayUnit = word.startsWith('h') ? 'hour' : word.startsWith('w') ? 'week' : word.startsWith('m') ? 'month' : 'year';
  return amount > 0 ? { amount, unit } : undefined;
}
