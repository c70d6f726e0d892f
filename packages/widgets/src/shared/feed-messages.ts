import type { FeedErrorKind } from '@opportunities-hub/model/feed/read-header';

/**
 * What to tell a reader when a feed cannot be used, in plain words. The technical detail (the URL,
 * the HTTP status) goes to the partner's console through the hub-error event instead.
 * `list` names what was being loaded, e.g. "list of pathways".
 */
export function feedErrorMessage(kind: FeedErrorKind, list: string): string {
  switch (kind) {
    case 'network':
      return 'The Opportunities Hub could not be reached. Check your connection and try again.';
    case 'http':
      return `The Opportunities Hub did not send its ${list}. Try again in a moment.`;
    case 'not-json':
      return `The Opportunities Hub sent something that is not a ${list}.`;
    case 'version':
      return `The ${list} is in a newer format than this widget reads. The page needs the latest widget script.`;
    default:
      return `The ${list} is not in the format this widget reads.`;
  }
}
