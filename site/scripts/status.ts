/**
 * Keeps statuses true between builds: works out each opportunity's status for today in UK time,
 * with the model's own function, and shows the variants the build rendered for it (a later build
 * would render the same). Shows the out-of-date notice once the build is more than 3 days old.
 * Loaded by StatusBadges.astro; nothing else depends on it, and without it the build's statuses stand.
 */
import { todayIn } from '@opportunities-hub/model/logic/plain-date';
import { shownStatus } from '@opportunities-hub/model/logic/status';

const today = todayIn();
for (const holder of document.querySelectorAll<HTMLElement>('[data-closes]')) {
  const status = shownStatus({ closes: holder.dataset.closes!, opens: holder.dataset.opens }, today);
  holder.dataset.status = status;
  // A list of what is open or opening no longer shows an opportunity that has closed, like a fresh build.
  if (status === 'closed' && holder.closest('[data-current-only]')) holder.hidden = true;
  for (const variant of holder.querySelectorAll<HTMLElement>('[data-if]')) {
    if (variant.closest('[data-closes]') === holder) variant.hidden = !variant.dataset.if!.split(' ').includes(status);
  }
}
for (const notice of document.querySelectorAll<HTMLElement>('[data-stale-from]')) notice.hidden = today < notice.dataset.staleFrom!;
