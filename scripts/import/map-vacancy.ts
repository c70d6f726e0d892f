/**
 * Maps one Find an apprenticeship vacancy onto the hub's opportunity record, field by field
 * (the table is in README.md). Pure: organisations are looked up by the caller, dates of import
 * are added by the planner.
 */
import { payFromText, type PayFacts, type VacancySelection } from '@opportunities-hub/model';
import type { FaaVacancy } from './faa-api.ts';
import { ImportError } from './faa-api.ts';
import { htmlToMarkdown, htmlToText } from './html-to-markdown.ts';

/** The opportunity's frontmatter as written, in the order an editor reads it (dates of import added later). */
export type OpportunityFields = Record<string, unknown>;

export interface MappedVacancy {
  reference: string;
  fields: OpportunityFields;
  body: string;
}

const WAGE_TYPES: Record<FaaVacancy['wage']['wageType'], PayFacts['type']> = {
  Custom: 'fixed',
  ApprenticeshipMinimum: 'apprentice-minimum',
  NationalMinimum: 'national-minimum',
  CompetitiveSalary: 'competitive',
};

const SUMMARY_LIMIT = 320;

/** The day part of the API's date-times ("2027-01-31T23:59:59" is the closing day 31 January). */
export function dayOf(value: string, field: string, reference: string): string {
  const day = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
    throw new ImportError(`Find an apprenticeship sent vacancy ${reference} with ${field} "${value}", which is not a date`);
  }
  return day;
}

/**
 * An http(s) address as employers type them: "www.example.com/jobs" gains https://; anything else
 * (javascript:, ftp:, words) is no address at all, so the caller falls back or leaves it out.
 */
export function webAddress(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return ['http:', 'https:'].includes(url.protocol) && url.hostname.includes('.') ? withScheme : undefined;
  } catch {
    return undefined;
  }
}

/** Text cut at a word to fit `limit` characters, with an ellipsis when cut. */
function fit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > limit / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Structured pay. The API's set wage is an annual `wageAmount`, but the live service often leaves
 * it empty and gives the figure only in `wageAdditionalInformation` ("£20,400 a year"), so the
 * figure is read from there when needed. A set wage with no figure anywhere has no structured pay:
 * the employer's words become the wage text ("pay not stated" in the widget).
 */
export function mapPay(wage: FaaVacancy['wage']): { pay?: PayFacts; wage?: string } {
  const type = WAGE_TYPES[wage.wageType];
  const note = wage.wageAdditionalInformation ? htmlToText(wage.wageAdditionalInformation) : '';
  if (type !== 'fixed') return { pay: { type, ...(note ? { note } : {}) } };
  if (wage.wageAmount && wage.wageAmount > 0) return { pay: { type, amount: wage.wageAmount, unit: 'year', ...(note ? { note } : {}) } };
  const found = payFromText(note);
  if (found) return { pay: { type, ...found, note } };
  return note ? { wage: note } : {};
}

/** Hours in words: "37.5 hours a week: Monday to Friday, 9am to 5pm". */
function mapHours(v: FaaVacancy): string | undefined {
  const week = v.wage.workingWeekDescription ? htmlToText(v.wage.workingWeekDescription) : '';
  const hours = v.hoursPerWeek ? `${v.hoursPerWeek} hours a week` : '';
  return [hours, week].filter(Boolean).join(': ') || undefined;
}

/** Workplaces with coordinates; an address without them is a broken answer, not a guess. */
function mapAddresses(v: FaaVacancy): { lines: string[]; postcode?: string; lat: number; lng: number }[] {
  return (v.addresses ?? []).map((a, i) => {
    const lines = [a.addressLine1, a.addressLine2, a.addressLine3, a.addressLine4].map((l) => l?.trim()).filter((l): l is string => !!l);
    if (typeof a.latitude !== 'number' || typeof a.longitude !== 'number') {
      throw new ImportError(
        `Find an apprenticeship sent vacancy ${v.vacancyReference} with address ${i + 1} but no latitude and longitude`,
      );
    }
    return {
      lines: lines.length > 0 ? lines : [a.postcode ?? 'Workplace'],
      ...(a.postcode ? { postcode: a.postcode.trim() } : {}),
      lat: a.latitude,
      lng: a.longitude,
    };
  });
}

/** Entry requirements from the qualifications list, essential first. */
function mapQualifications(v: FaaVacancy): string | undefined {
  const list = v.qualifications ?? [];
  const say = (q: (typeof list)[number]) => [q.qualificationType, q.subject, q.grade ? `(grade ${q.grade})` : ''].filter(Boolean).join(' ');
  const essential = list.filter((q) => q.weighting !== 'Desired').map(say);
  const desired = list.filter((q) => q.weighting === 'Desired').map(say);
  const parts = [essential.length ? `Essential: ${essential.join('; ')}.` : '', desired.length ? `Desirable: ${desired.join('; ')}.` : ''];
  return parts.filter(Boolean).join(' ') || undefined;
}

/** The description: the vacancy's own sections, each made safe, under headings a learner scans for. */
function mapBody(v: FaaVacancy): string {
  const section = (heading: string, html: string | null | undefined) => {
    const markdown = html ? htmlToMarkdown(html) : '';
    return markdown ? `## ${heading}\n\n${markdown}` : '';
  };
  const skills = (v.skills ?? []).map((s) => htmlToText(s)).filter(Boolean);
  return [
    section('What you will do', v.fullDescription ?? v.description),
    v.isNationalVacancy ? section('Where you will work', v.isNationalVacancyDetails || 'This vacancy recruits across England.') : '',
    section('Training', [v.trainingDescription, v.additionalTrainingDescription].filter(Boolean).join('')),
    section('After the apprenticeship', v.outcomeDescription),
    skills.length ? `## Skills you will need\n\n${skills.map((s) => `- ${htmlToMarkdown(`<p>${escapeHtml(s)}</p>`)}`).join('\n')}` : '',
    section('About the employer', v.employerDescription),
    section('Benefits', v.companyBenefitsInformation),
    section('Things to consider', v.thingsToConsider),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The hub's skill area for a vacancy: its standard's, else its route's; undefined when the selection does not cover it. */
export function skillFor(v: FaaVacancy, selection: VacancySelection): string | undefined {
  return (
    selection.standards.find((s) => s.larsCode === v.course.larsCode)?.skill ??
    selection.routes.find((r) => r.name.toLowerCase() === v.course.route?.toLowerCase())?.skill
  );
}

export interface MapContext {
  selection: VacancySelection;
  /** Organisation slugs found or created for the vacancy's provider and employer. */
  provider: string;
  employer: string;
  /** True when the answers are sample data: every record is labelled as an example. */
  sample: boolean;
}

/** One vacancy as the hub's opportunity fields and Markdown body. */
export function mapVacancy(v: FaaVacancy, context: MapContext): MappedVacancy {
  const reference = v.vacancyReference;
  const skill = skillFor(v, context.selection);
  if (!skill) throw new ImportError(`vacancy ${reference} (${v.course.title}) matches no standard or route of the selection`);
  const level = String(v.course.level);
  const summary = fit(htmlToText(v.description ?? '') || `${v.course.title} with ${v.employerName}.`, SUMMARY_LIMIT);
  const hours = mapHours(v);
  const entryRequirements = mapQualifications(v);
  const addresses = v.isNationalVacancy ? [] : mapAddresses(v);
  const vacancyUrl = webAddress(v.vacancyUrl);
  if (!vacancyUrl)
    throw new ImportError(`Find an apprenticeship sent vacancy ${reference} with vacancyUrl "${v.vacancyUrl}", which is not a web address`);
  const ownApplication = webAddress(v.applicationUrl);
  const fields: OpportunityFields = {
    title: v.title.trim(),
    summary,
    type: v.course.level >= 6 ? 'degree-apprenticeship' : 'apprenticeship',
    level,
    skills: [skill],
    audiences: context.selection.audiences,
    provider: context.provider,
    ...(context.employer !== context.provider ? { employer: context.employer } : {}),
    ...(addresses.length ? { addresses } : {}),
    ...(v.isNationalVacancy ? { nationwide: true } : {}),
    delivery: 'on-site',
    attendance: (v.hoursPerWeek ?? 30) >= 30 ? 'full-time' : 'part-time',
    starts: dayOf(v.startDate, 'startDate', reference),
    closes: dayOf(v.closingDate, 'closingDate', reference),
    duration: v.expectedDuration?.trim() || 'Not stated',
    cost: 'Free: apprentices do not pay for their training',
    ...mapPay(v.wage),
    ...(hours ? { hours } : {}),
    standard: v.course.larsCode,
    ...(v.isDisabilityConfident ? { disabilityConfident: true } : {}),
    ...(entryRequirements ? { entryRequirements } : {}),
    apply: ownApplication
      ? { url: ownApplication, instructions: `Apply on ${v.employerName}'s own website.` }
      : { url: vacancyUrl, instructions: 'Apply on Find an apprenticeship, the national service for apprenticeships in England.' },
    ...(context.sample ? { illustrative: true } : {}),
  };
  return { reference, fields, body: mapBody(v) };
}
