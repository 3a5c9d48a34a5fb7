import { matchChromeLine } from '../../src/clean/chrome/line-patterns';
import { isRelatedHeading } from '../../src/clean/chrome/related-links';
import { findCredit } from '../../src/clean/chrome/photo-credits';
import { parseDateline } from '../../src/clean/chrome/dateline';
import { isVideoTitleShaped } from '../../src/clean/chrome/video-titles';

describe('chrome lines that must go', () => {
  it.each([
    ['NEWYou can now listen to Fox News articles!', 'listen-widget'],
    ['Listen to this article', 'listen-widget'],
    ['Listen to this article - 4 min', 'listen-widget'],
    ['Share this article', 'share'],
    ['Share on Facebook', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Click to share on Twitter', 'share'],
    ['Follow us on Instagram', 'share'],
    ['Sign up for our morning newsletter', 'newsletter'],
    ['Subscribe to our daily newsletter for the latest news', 'newsletter'],
    ['Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.', 'newsletter'],
    ['Advertisement', 'advert'],
    ['Continue Reading Below', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['This slideshow requires JavaScript.', 'advert'],
    ['READ MORE ON FOX BUSINESS BY CLICKING HERE', 'related-links'],
    ['Related: Ferry timetable changes from Monday', 'related-links'],
    ['This website uses cookies to improve your experience.', 'cookie-notice'],
    ['Posted: Fri 6:45 PM, Feb 16, 2018 |', 'timestamp'],
    ['Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM', 'timestamp'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', 'byline'],
    ['By Mara Lindqvist and Tomás Ruiz', 'byline'],
    ['Join the conversation...', 'interface'],
    ['Sign In', 'interface'],
    ['https://www.example.com/news/article-123.php', 'interface'],
  ])('%j is %s', (line, reason) => {
    expect(matchChromeLine(line)).toEqual({ reason, length: line.length });
  });

  it('takes a listen widget off the start of a teaser and leaves the rest', () => {
    const line = 'NEWYou can now listen to Fox News articles! Karen Read’s legal team…';
    const found = matchChromeLine(line);
    expect(found?.reason).toBe('listen-widget');
    expect(line.slice(found!.length).trim()).toBe('Karen Read’s legal team…');
  });

  it.each(['You May Also Like', 'Related stories', 'More from The Courier', 'Read more', 'Recommended for you', 'Most read'])(
    '%j starts a related-links block',
    (line) => expect(isRelatedHeading(line)).toBe(true),
  );
});

// Body lines (several from Wikinews articles) that mention the same words as chrome and must stay.
describe('body lines that must stay', () => {
  it.each([
    'Users can share their location with friends on Facebook, the company said on Tuesday.',
    'The newsletter, which has 40,000 subscribers, first reported the leak.',
    'By Tuesday, officials had confirmed 40 deaths.',
    'By the end of the week, more than 300 people had signed the petition.',
    'Subscribers to the service will pay more from January.',
    'Listen to the full interview on our website, he said, before the line went dead.',
    'Posted to the embassy in 2016, she served as deputy ambassador until last year.',
    'Updated figures released on Monday showed 1,203 new cases.',
    'Related to the victim by marriage, the suspect was arrested on Sunday.',
    'Comments made by the minister were criticised by the opposition.',
    'An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.',
    'Search and rescue was suspended on Tuesday.',
    'Advertisements for the event appeared in three newspapers.',
  ])('%j', (line) => {
    expect(matchChromeLine(line)).toBeNull();
    expect(isRelatedHeading(line)).toBe(false);
    expect(findCredit(line)).toBeNull();
  });
});

describe('photo credits', () => {
  it.each([
    [
      'French President Emmanuel Macron attends a video call in Paris on March 15, 2025.  (KIRAN RIDLEY/POOL/AFP via Getty Images)',
      'French President Emmanuel Macron attends a video call in Paris on March 15, 2025.',
      'KIRAN RIDLEY/POOL/AFP via Getty Images',
    ],
    ['Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)', 'Vicente Aguiar loads garage door trims into his pickup truck.', 'AP Photo/Alan Diaz, File'],
    ['The far end of the convention floor, shortly after opening Friday. Image: Nick Moreau.', 'The far end of the convention floor, shortly after opening Friday.', 'Image: Nick Moreau'],
    ['Alex Wong | Getty Images', '', 'Alex Wong | Getty Images'],
    ['© Aaron Schwartz', '', '© Aaron Schwartz'],
    ['The Associated Press', '', 'The Associated Press'],
  ])('%j', (line, rest, credit) => {
    expect(findCredit(line)).toEqual({ rest, credit });
  });

  it.each([
    'The agency said the photo (taken in 2019) was genuine.',
    'Protesters gathered outside the Reuters building in London.',
    'He told AFP that the talks had failed (and would not resume).',
    'The image was shared widely.',
  ])('no credit in %j', (line) => expect(findCredit(line)).toBeNull());
});

describe('datelines', () => {
  it.each([
    ['Friday, July 21, 2017', '2017-07-21'],
    ['March 17, 2025', '2025-03-17'],
    ['17 March 2025', '2025-03-17'],
    ['Published March 17, 2025 10:02am EDT', '2025-03-17'],
    ['Updated: Sept. 3, 2024', '2024-09-03'],
    ['2024-02-29', '2024-02-29'],
  ])('%j -> %s', (line, date) => expect(parseDateline(line)?.date).toBe(date));

  it('reads a dateline that opens a paragraph when a weekday or cue marks it', () => {
    const found = parseDateline('Thursday, May 7, 2015 On Tuesday, the New Zealand government announced', 'prefix');
    expect(found?.date).toBe('2015-05-07');
  });

  it.each([
    'March 17, 2025 was the day the talks began.',
    'February 30, 2024',
    'In May 2015',
    'Sunday',
  ])('%j is not a dateline', (line) => {
    expect(parseDateline(line)).toBeNull();
    expect(parseDateline(line, 'prefix')).toBeNull();
  });
});

describe('video-title shape', () => {
  it.each(['Macron on virtual meeting with Starmer about Ukraine peacekeeping mission', 'Fire crews battle blaze at former paper mill overnight'])(
    '%j is shaped like a video title',
    (line) => expect(isVideoTitleShaped(line)).toBe(true),
  );
  it.each([
    'Grushko said the deal must come first.',
    'RUSSIA SAYS NO TO PEACEKEEPERS IN UKRAINE',
    'Background',
    'What happens next?',
    'Rocket Raccoon',
  ])('%j is not', (line) => expect(isVideoTitleShaped(line)).toBe(false));
});
