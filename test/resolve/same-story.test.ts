import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean';
import { linkSameStories, storySignature, storySimilarity, SIGNATURE_LENGTH, SAME_STORY_THRESHOLD } from '../../src/resolve/same-story';
import type { CleanArticle } from '../../src/types';

const STORY = join(__dirname, '..', 'fixtures', 'ukraine-nato');
const WIKINEWS = join(__dirname, '..', 'fixtures', 'wikinews', 'sample.jsonl');

const article = (key: string, text: string) => ({ key, text }) as CleanArticle;
const storyFile = (name: string) => readFileSync(join(STORY, name), 'utf8');
const wikinews: CleanArticle[] = readFileSync(WIKINEWS, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .map((r) => article(r.id, r.text));

describe('storySignature', () => {
  it('is a fixed-length MinHash signature with the shingle count, the same on every run', () => {
    const a = storySignature(article('a', storyFile('grushko-ironclad-guarantees.clean.txt')));
    const b = storySignature(article('a', storyFile('grushko-ironclad-guarantees.clean.txt')));
    expect(a.signature).toHaveLength(SIGNATURE_LENGTH);
    expect(a).toEqual(b);
    expect(a.shingles).toBeGreaterThan(300);
  });
});

describe('linkSameStories', () => {
  it('links the scraped page, still carrying its chrome, to the clean copy of the story', () => {
    const scraped = article('article:scraped', storyFile('grushko-ironclad-guarantees.scraped.txt'));
    const clean = article('article:clean', storyFile('grushko-ironclad-guarantees.clean.txt'));
    const links = linkSameStories([scraped, clean], []);
    expect(links.get('article:scraped')?.map((l) => l.key)).toEqual(['article:clean']);
    expect(links.get('article:clean')?.[0].similarity).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
  });

  it('links the cleaned copies (one key when their bodies are equal, so nothing to link)', () => {
    const copies = ['grushko-ironclad-guarantees.scraped.txt', 'grushko-ironclad-guarantees.clean.txt'].map((name) =>
      cleanArticle({ sourcePath: name, format: 'text', body: storyFile(name) }),
    );
    expect(copies[0].key).toBe(copies[1].key);
    expect(linkSameStories(copies, []).size).toBe(0);
  });

  it('links a syndicated copy with its own intro and footer', () => {
    const wire = wikinews[0].text;
    const syndicated = `From our wire partners.\n\n${wire}\n\nCopyright 2021 The Daily Example. All rights reserved. Reporting by staff.`;
    const links = linkSameStories([article('article:wire', wire), article('article:copy', syndicated)], []);
    expect(links.get('article:copy')?.[0].key).toBe('article:wire');
  });

  it('links a new article to a known one from an earlier run, and not known ones to each other', () => {
    const clean = storyFile('grushko-ironclad-guarantees.clean.txt');
    const known = [storySignature(article('article:old', clean)), storySignature(article('article:old-2', clean))];
    const links = linkSameStories([article('article:new', storyFile('grushko-ironclad-guarantees.scraped.txt'))], known);
    expect(links.get('article:new')?.map((l) => l.key).sort()).toEqual(['article:old', 'article:old-2']);
    expect(links.has('article:old')).toBe(false);
  });

  // Negative cases: different stories, even on one topic, stay apart.
  it('links no two different Wikinews articles', () => {
    expect(linkSameStories(wikinews, []).size).toBe(0);
  });

  it('finds nothing for a single article or an empty batch', () => {
    expect(linkSameStories([wikinews[0]], []).size).toBe(0);
    expect(linkSameStories([], []).size).toBe(0);
  });

  it('does not link a short brief to a longer article that quotes it', () => {
    const brief = 'The council approved the new bridge on Tuesday, members said.';
    const longer = `${wikinews[0].text}\n\n${brief}`;
    const similarity = storySimilarity(storySignature(article('article:brief', brief)), storySignature(article('article:long', longer)));
    expect(similarity).toBeLessThan(SAME_STORY_THRESHOLD);
  });

  it('scores unrelated articles far under the threshold', () => {
    const [a, b] = wikinews.map(storySignature);
    expect(storySimilarity(a, b)).toBeLessThan(0.2);
  });
});
