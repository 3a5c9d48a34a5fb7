import { brief, mentionsOf } from './helpers';

describe('product names yield no entity', () => {
  it.each([
    ['an operating system', 'Users of CentOS Stream will move to Rocky Linux.', []],
    ['a product alone', 'Most servers run Linux today, and many run Ubuntu.', []],
    ['a maker before its product stays', 'He runs Red Hat Enterprise Linux at work.', ['Organization:Red Hat']],
    ['a person beside a product stays', 'Gregory Kurtzer said Rocky Linux would follow CentOS.', ['Person:Gregory Kurtzer']],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });
});
