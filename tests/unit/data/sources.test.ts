// Link check for the bundled dataset's sources, without the network: every source has a
// publisher and a year, and every URL is a well-formed https URL that points at a page or
// document on a publisher's own site, not at a relay, mirror or home page.
//
// The rule: https only; a host name (not an IP address) whose domain is not in RELAYS; a path
// or query beyond the site's root (a home page is not a citation); no doubly-encoded characters
// (a sign of a URL copied through a mirror). Sources without a URL must be the seed articles,
// cited by publisher and date as their copies give them.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

/** Sites known to republish others' articles or documents: a copy there is not the publisher's page. */
const RELAYS = [
  'goldsea.com',
  'daily8.com',
  'earths-book.com',
  'datais.info',
  'newsfromrss.com',
  'starfeu.com',
  'dailywrap.net',
  'pubt.io',
  'ckhq.net',
  'stonenews.eu',
  'reportify.ai',
  'pulse.bot',
  'longbridge.com',
  'science-education-research.com',
  'storage.googleapis.com',
  'blogspot.com',
  'pages.dev',
  'asiacity.news',
  'squidsite02.com',
  'hdmune.cn',
  'samarium.dev',
  'todayheadline.co',
  'seaisi.org',
  'greentechlead.com',
  'electricalindustry.ca',
  'investingnews.com',
  'menafn.com',
  'ground.news',
  'marketminute.com',
  'web.archive.org',
  'archive.ph',
];

/** The sources that may have no URL: the seed articles, cited as their copies give them. */
const SEEDS = ['seed-dagensps-2025', 'seed-nl-2025'];

/** Why `url` is not an acceptable citation, or undefined when it is. */
function linkProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:') return 'not https';
  if (/^\d+(\.\d+){3}$/.test(u.hostname) || u.hostname.startsWith('[')) return 'an IP address';
  if (!u.hostname.includes('.')) return 'no domain';
  const relay = RELAYS.find((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
  if (relay !== undefined) return `a relay (${relay})`;
  if ((u.pathname === '/' || u.pathname === '') && u.search === '') return 'a home page';
  if (/%25[0-9A-Fa-f]{2}|%C3%A2%C2%80/i.test(url)) return 'doubly encoded';
  return undefined;
}

describe('the link rule', () => {
  it.each([
    ['http://www.goldsea.com/public/index.php/article_details/x', 'not https'],
    ['https://test.daily8.com/en/article/f0bd', 'a relay (daily8.com)'],
    ['https://www.earths-book.com/index-969.html', 'a relay (earths-book.com)'],
    [
      'https://datais.info/india/govtpressreleases/IREL%C3%A2%C2%80%C2%99s+production/',
      'a relay (datais.info)',
    ],
    ['https://comtradeplus.un.org/', 'a home page'],
    ['https://3.127.128.221/2025/10/13/china-september-rare-earth', 'an IP address'],
    ['https://example.org/a%25C3%25A2', 'doubly encoded'],
    ['not a url', 'not a URL'],
  ])('rejects %s (%s)', (url, why) => {
    expect(linkProblem(url)).toBe(why);
  });

  it('accepts a publisher’s own document', () => {
    expect(
      linkProblem('https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf'),
    ).toBeUndefined();
  });
});

describe('the bundled dataset’s sources', () => {
  const { sources } = loadBundledDataset();

  it('gives every source a publisher and a year', () => {
    for (const s of sources) {
      expect(s.publisher?.trim(), s.id).toBeTruthy();
      expect(s.year, s.id).toBeGreaterThan(1900);
    }
  });

  it('links every source but the seed articles to a publisher’s own page, over https', () => {
    const problems = sources.flatMap((s) => {
      if (s.url === undefined) return SEEDS.includes(s.id) ? [] : [`${s.id}: no URL`];
      const why = linkProblem(s.url);
      return why === undefined ? [] : [`${s.id}: ${why} (${s.url})`];
    });
    expect(problems).toEqual([]);
  });

  it('cites the seed articles with the publisher and date their copies give', () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(byId.get('seed-dagensps-2025')?.publisher).toBe('Dagens PS');
    expect(byId.get('seed-dagensps-2025')?.title).toMatch(/21 Oct 2025/);
    expect(byId.get('seed-nl-2025')?.title).toMatch(/2 Sep 2025/);
  });

  it('rests no flow on the Dutch seed article alone', () => {
    const { edges } = loadBundledDataset();
    const alone = edges.filter((e) => e.sources?.length === 1 && e.sources[0] === 'seed-nl-2025');
    expect(alone.map((e) => `${e.source}->${e.target}`)).toEqual([]);
  });
});
