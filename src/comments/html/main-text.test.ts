import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/comments/load.js';
import { extractMainText } from './main-text.js';

describe('extractMainText', () => {
  it('returns the headline and the article without comments or forms', () => {
    const main = extractMainText(loadFixture('html/wordpress-flat.html'));
    expect(main.title).toBe('Bike lanes approved');
    expect(main.text).toBe('The city council voted 7-2 on Tuesday to add protected bike lanes along Main Street.\n\nSupporters say the lanes will make the corridor safer; opponents worry about parking.');
  });

  it('falls back to og:title and leaves wpDiscuz and Reddit comments out', () => {
    expect(extractMainText(loadFixture('html/wordpress-html5.html')).title).toBe('Neue Radwege für die Hauptstraße');
    expect(extractMainText(loadFixture('html/wpdiscuz.html')).text).not.toContain('MMORPG vergisst');
    expect(extractMainText(loadFixture('html/reddit-shreddit.html')).text).toBe('');
  });

  it('returns empty text for a page without paragraphs', () => {
    expect(extractMainText('<title>Empty</title><div>nothing</div>')).toEqual({ title: 'Empty', text: '' });
  });
});
