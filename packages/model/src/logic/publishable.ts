import type { ContentIssue } from '../catalogue.ts';
import type { SiteSettings } from '../schemas/settings.ts';

/**
 * What stops a production build: an origin that is not a public https: address, and settings that
 * are still the examples shipped with the hub. Local builds for previewing skip these checks.
 */

/** Host names reserved for examples and local use (RFC 2606, RFC 6761), never a real public site. */
const RESERVED_DOMAINS = ['example', 'example.com', 'example.net', 'example.org', 'test', 'invalid', 'localhost'];

/**
 * Ofcom's numbers for drama and examples, as national digits (01632 960xxx, 020 7946 0xxx,
 * 07700 900xxx and the rest): they never ring anyone.
 */
const DRAMA_NUMBER_PREFIXES = [
  '01134960', '01144960', '01154960', '01164960', '01174960', '01184960', '01214960', '01314960', '01414960', '01514960',
  '01614960', '01914980', '01632960', '02079460', '02896496', '02920180', '03069990', '07700900', '08081570', '09098790',
]; // prettier-ignore

/** True when `host` is a reserved example or local name, or a loopback or unspecified address. */
export function isReservedHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (RESERVED_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`))) return true;
  return /^127\./.test(name) || name === '0.0.0.0' || name === '[::1]' || name === '[::]';
}

/** Why `origin` cannot be published, or undefined when it can: it must be https: on a public host. */
export function originProblem(origin: string | undefined): string | undefined {
  if (!origin) return 'no public origin is set';
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `"${origin}" is not an address`;
  }
  if (url.protocol !== 'https:') return `"${origin}" must start with https:`;
  if (isReservedHost(url.hostname)) return `"${origin}" is a local or example address, not where the hub is published`;
  if (url.pathname !== '/' || url.search || url.hash) return `"${origin}" must be an origin only, with no path`;
  return undefined;
}

/** True when a phone number is one of Ofcom's drama numbers. */
export function isDramaNumber(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').replace(/^44/, '0');
  return DRAMA_NUMBER_PREFIXES.some((prefix) => digits.startsWith(prefix));
}

/** Why one settings value looks like a placeholder, or undefined. */
function placeholderReason(field: string, value: string): string | undefined {
  if (/placeholder/i.test(value)) return 'says it is a placeholder';
  const at = value.lastIndexOf('@');
  if (at > 0 && isReservedHost(value.slice(at + 1))) return `uses ${value.slice(at + 1)}, a domain reserved for examples`;
  if (/^https?:/.test(value)) {
    try {
      const host = new URL(value).hostname;
      if (isReservedHost(host)) return `uses ${host}, a domain reserved for examples`;
    } catch {
      return undefined;
    }
  }
  if (field.endsWith('phone') && isDramaNumber(value)) return 'is one of the numbers Ofcom reserves for drama and examples';
  return undefined;
}

/**
 * Every reason the settings may not be published, naming `file` and the field: the placeholder
 * flag, and each value that is an example (reserved domains, drama phone numbers, the word
 * "placeholder"). The origin is left to `originProblem`.
 */
export function placeholderIssues(settings: SiteSettings, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (settings.placeholder) {
    issues.push({
      file,
      field: 'placeholder',
      message: 'the settings are still the examples shipped with the hub: fill in the real details, then remove "placeholder: true"',
    });
  }
  const walk = (value: unknown, path: string[]) => {
    // The origin is checked by originProblem, for the origin the build actually uses (HUB_SITE may replace it).
    if (path[0] === 'origin') return;
    if (typeof value === 'string') {
      const field = path.join('.');
      const reason = placeholderReason(field, value);
      if (reason) issues.push({ file, field, message: `"${value}" ${reason}: set the real value` });
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(settings, []);
  return issues;
}
