import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { todayIn } from '@opportunities-hub/model';

/**
 * The publish workflow (.github/workflows/publish.yml) is valid GitHub Actions (checked offline
 * by action-validator against the workflow schema), and does what the README promises: test,
 * build for production and deploy on every push to main and every early morning, UK time.
 */
const FILE = resolve(import.meta.dirname, '../../.github/workflows/publish.yml');
const source = readFileSync(FILE, 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
  jobs: Record<string, { needs?: string; steps: Step[]; permissions?: Record<string, string> }>;
}
const workflow = parse(source) as Workflow;
const buildSteps = workflow.jobs.build!.steps;
const stepIndex = (match: (step: Step) => boolean) => buildSteps.findIndex(match);

describe('the publish workflow', () => {
  it('passes the workflow linter', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('is checked by a linter that does find mistakes', () => {
    const broken = source.replace('    runs-on: ubuntu-latest\n    timeout-minutes', '    timeout-minutes');
    expect(broken).not.toBe(source);
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('runs on every push to main and by hand', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('rebuilds daily in the early morning UK time, summer and winter, after the day has changed', () => {
    const [cron] = workflow.on.schedule.map((s) => s.cron);
    const match = /^(\d+) (\d+) \* \* \*$/.exec(cron ?? '');
    expect(match, 'a daily cron').not.toBeNull();
    for (const day of ['2027-01-15', '2027-07-15', '2027-03-28', '2027-10-31']) {
      const run = new Date(`${day}T${match![2]!.padStart(2, '0')}:${match![1]!.padStart(2, '0')}:00Z`);
      const ukHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(run));
      expect(ukHour, day).toBeGreaterThanOrEqual(1);
      expect(ukHour, day).toBeLessThanOrEqual(6);
      expect(todayIn(run), 'the UK day the statuses are worked out for').toBe(day);
    }
  });

  it('tests, then builds for production, then uploads dist/ for the deploy job', () => {
    const test = stepIndex((s) => s.run === 'npm test');
    const build = stepIndex((s) => s.run === 'npm run build:production');
    const upload = stepIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect(test).toBeGreaterThan(0);
    expect(build).toBeGreaterThan(test);
    expect(upload).toBeGreaterThan(build);
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.jobs.deploy!.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('imports standards before vacancies and the tests, with no secret, publishing the stored ones when it fails', () => {
    const standards = stepIndex((s) => s.run?.includes('npm run import:standards') ?? false);
    expect(standards).toBeGreaterThan(0);
    expect(standards).toBeLessThan(stepIndex((s) => s.run?.includes('npm run import:vacancies') ?? false));
    expect(buildSteps[standards]!.env).toBeUndefined();
    expect(buildSteps[standards]!.run).toMatch(/\|\| echo "::warning::/);
  });

  it('imports vacancies first only when the secret is set and the script exists, giving the key to that step alone', () => {
    const importing = stepIndex((s) => s.run?.includes('npm run import:vacancies') ?? false);
    expect(importing).toBeGreaterThan(0);
    expect(importing).toBeLessThan(stepIndex((s) => s.run === 'npm test'));
    const step = buildSteps[importing]!;
    expect(step.env).toEqual({ FAA_API_KEY: '${{ secrets.FAA_API_KEY }}' });
    expect(step.run).toContain('if [ -z "$FAA_API_KEY" ]');
    expect(step.run).toContain("scripts?.['import:vacancies']");
    expect(source.match(/secrets\.FAA_API_KEY/g)).toHaveLength(1);
  });
});
