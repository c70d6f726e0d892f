/**
 * A small, fixed pathways feed for tests of the reader and of <hub-pathway>: one straight route
 * and one with a branch that joins again, opportunities in every status.
 */
import type { PathwaysFeed } from './schemas.ts';

export function pathwaysFixture(): PathwaysFeed {
  return {
    version: '1.0',
    generated: '2026-11-28T09:00:00.000Z',
    today: '2026-11-28',
    links: { html: '/pathways/', opportunities: '/api/v1/opportunities.json', schema: '/api/v1/schema/pathways.json' },
    pathways: [
      {
        slug: 'lab-science',
        url: '/pathways/lab-science/',
        title: 'Into laboratory science through a T Level',
        summary: 'From a college T Level to a laboratory scientist role, with or without a degree.',
        skills: [{ slug: 'laboratory-technical', name: 'Laboratory technical skills' }],
        audiences: ['school-leavers'],
        featured: true,
        lastReviewed: '2026-11-01',
        steps: [
          {
            id: 't-level',
            title: 'T Level in Science',
            kind: 'education',
            level: '3',
            timing: 'Age 16 to 18',
            duration: '2 years',
            provider: { slug: 'city-college', name: 'City College' },
            organisations: [],
            entryRequirements: 'Five GCSEs at grade 4 or above, including maths and science',
            description: 'Classroom and laboratory learning at college.',
            next: ['placement'],
            opportunities: [
              { slug: 't-level-science', url: '/opportunities/t-level-science/', title: 'T Level Science at City College', type: 't-level', closes: 'rolling', status: 'rolling' },
              { slug: 't-level-old', url: '/opportunities/t-level-old/', title: 'Last year’s intake', type: 't-level', closes: '2026-01-31', status: 'closed' },
            ],
          },
          {
            id: 'placement',
            title: 'Industry placement',
            kind: 'placement',
            timing: 'Year 2 of the T Level',
            duration: '45 days',
            organisations: [{ slug: 'bio-labs', name: 'Bio Labs Ltd' }],
            description: 'Time in a real laboratory with an employer.',
            next: ['apprenticeship', 'degree'],
            opportunities: [
              { slug: 'placement-bio-labs', url: '/opportunities/placement-bio-labs/', title: 'Placement at Bio Labs', type: 'industry-placement', closes: '2026-12-05', status: 'closing-soon' },
            ],
          },
          {
            id: 'apprenticeship',
            title: 'Laboratory Scientist degree apprenticeship',
            kind: 'apprenticeship',
            level: '6',
            timing: 'From age 18',
            duration: '4 to 5 years',
            provider: { slug: 'uni', name: 'The University' },
            organisations: [],
            entryRequirements: 'A T Level or A levels in science',
            description: 'Work and study for a degree, paid by an employer.',
            when: 'If you want to earn while you learn',
            next: ['job'],
            opportunities: [
              { slug: 'lab-apprentice', url: '/opportunities/lab-apprentice/', title: 'Laboratory scientist apprentice', type: 'degree-apprenticeship', closes: '2027-03-01', status: 'open' },
              { slug: 'lab-apprentice-2027', url: '/opportunities/lab-apprentice-2027/', title: 'Apprentice intake 2027', type: 'degree-apprenticeship', opens: '2027-01-10', closes: '2027-06-01', status: 'upcoming' },
            ],
          },
          {
            id: 'degree',
            title: 'Full-time degree in biomedical science',
            kind: 'education',
            level: '6',
            timing: 'From age 18',
            duration: '3 years',
            provider: { slug: 'uni', name: 'The University' },
            organisations: [],
            description: 'Study full time at university.',
            when: 'If you would rather study full time first',
            next: ['job'],
            opportunities: [],
          },
          {
            id: 'job',
            title: 'Laboratory scientist',
            kind: 'job',
            timing: 'After qualifying',
            duration: 'Ongoing',
            organisations: [],
            description: 'Run tests and analyses in a healthcare or industry laboratory.',
            next: [],
            opportunities: [],
          },
        ],
      },
      {
        slug: 'healthcare-support',
        url: '/pathways/healthcare-support/',
        title: 'Into healthcare support',
        summary: 'Start as a healthcare assistant and train on the job.',
        skills: [{ slug: 'healthcare-support', name: 'Healthcare support' }],
        audiences: ['career-changers'],
        featured: false,
        lastReviewed: '2026-10-15',
        steps: [
          { id: 'course', title: 'Pre-employment course', kind: 'training', level: 'entry', timing: 'Any age', duration: '4 weeks', organisations: [], description: 'A short course.', next: ['assistant'], opportunities: [] },
          { id: 'assistant', title: 'Healthcare assistant', kind: 'job', level: '2', timing: 'After the course', duration: 'Ongoing', organisations: [], description: 'Work on a ward.', next: [], opportunities: [] },
        ],
      },
    ],
  };
}
