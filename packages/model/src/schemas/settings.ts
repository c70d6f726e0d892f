import { z } from 'zod';
import { text, webUrl } from './common.ts';

/**
 * The settings record, content/site.yaml: who runs the hub and how to reach them. Every page,
 * feed and MDX file that names the hub or a contact takes it from here, never from a copy.
 */

/** An email address, e.g. hub@partnership.org.uk. */
export const emailAddress = z
  .string()
  .trim()
  .pipe(z.email({ error: (i) => `"${String(i.input)}" is not an email address` }));

/** A UK phone number as people write it: digits, spaces and an optional leading +, e.g. 01223 555 0100. */
export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[\d ]{10,16}$/, { error: 'must be a phone number written with digits and spaces, e.g. 01223 555 0100' });

/**
 * The public origin, e.g. https://hub.example.org: scheme and host (and port) only, no path.
 * Whether it may be published (https:, not local, not a placeholder) is checked by production builds.
 */
export const publicOrigin = webUrl.refine(
  (value) => {
    const url = new URL(value);
    return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  },
  { error: (i) => `"${String(i.input)}" must be an origin only, like https://hub.example.org, with no path` },
);

/** A way to reach people: an email address, and a phone number where there is one. */
export const contactPointSchema = z.strictObject({
  /** The address that answers, e.g. hub@partnership.org.uk. */
  email: emailAddress,
  /** A phone number with the hours it is answered in `hours`. */
  phone: phoneNumber.optional(),
  /** When the phone is answered, e.g. "Monday to Friday, 9am to 5pm". */
  hours: text.optional(),
});

export const siteSettingsSchema = z.strictObject({
  /**
   * True while the settings are the examples shipped with the hub. The site says so beside the
   * contact details, and a production build refuses to publish them.
   */
  placeholder: z.boolean().default(false),
  /** The hub's name as readers see it: page titles, the header, feeds. */
  name: text,
  /** One sentence saying what the hub is, under the name on the home page. */
  tagline: text.max(200, { error: 'must be 200 characters or fewer' }),
  /** Where the hub is published, e.g. https://hub.example.org. A production build writes it into every absolute URL. */
  origin: publicOrigin,
  /** The organisation that runs the hub and answers for it. */
  operator: z.strictObject({
    /** Its full name, e.g. "Anglia Ruskin University". */
    name: text,
    /** Its own website. */
    website: webUrl.optional(),
  }),
  /** How the public reaches the team that runs the hub: questions, listings, corrections. */
  contact: contactPointSchema.extend({
    /** The postal address, one line per entry, postcode last. */
    address: z.array(text).min(1, { error: 'needs at least one line' }),
  }),
  /** Who handles accessibility problems and requests for other formats. */
  accessibility: contactPointSchema.extend({
    /** Working days within which a request gets a reply (stated in the accessibility statement). */
    replyWithinDays: z.number().int().min(1).max(30),
  }),
  /** The facts the privacy notice on /privacy/ states; its wording is content/pages/privacy.mdx. */
  privacy: z.strictObject({
    /** The data controller for messages people send to the hub; usually the operator. */
    controller: text,
    /** Where to write about personal data (the controller's data protection officer). */
    email: emailAddress,
    /** The controller's number in the ICO's register of fee payers, e.g. Z1234567. */
    icoRegistration: z
      .string()
      .trim()
      .regex(/^[A-Z]{1,2}\d{6,8}$/, { error: 'must be an ICO registration number such as Z1234567' })
      .optional(),
    /** How long messages sent to the hub are kept, in months. */
    keepMessagesMonths: z.number().int().min(1).max(120),
  }),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
