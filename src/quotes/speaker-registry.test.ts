import { describe, expect, it } from 'vitest';
import type { Mention } from './find-mentions.js';
import { SpeakerRegistry } from './speaker-registry.js';

function name(text: string, role: string | null = null): Mention {
  return { kind: 'name', from: 0, to: 1, start: 0, end: text.length, name: text, role, classes: [], place: null, gender: null, plural: false };
}

describe('SpeakerRegistry names', () => {
  it('files ASCII and accented spellings of a name under one entity, keeping the fullest as canonical', () => {
    const registry = new SpeakerRegistry();
    const first = registry.name(name('Herrera'));
    expect(registry.name(name('Tomás Herrera', 'Mayor'))).toBe(first);
    expect(registry.name(name('Tomas  Herrera'))).toBe(first);
    expect(first.canonical).toBe('Tomás Herrera');
    expect(first.forms).toEqual(['herrera', 'tomas herrera']);
    expect(first.role).toBe('Mayor');
  });

  it('counts words across any white space when choosing the canonical name', () => {
    const registry = new SpeakerRegistry();
    const entity = registry.name(name('Zelensky'));
    registry.name(name('Volodymyr\u00a0Zelenskyy'));
    expect(entity.canonical).toBe('Volodymyr\u00a0Zelenskyy');
    registry.name(name(' Zelensky '));
    expect(entity.canonical).toBe(' Zelensky ');
  });

  it('keeps names that only look alike apart, and links the latest one seen', () => {
    const registry = new SpeakerRegistry();
    const hans = registry.name(name('Hans Müller'));
    const anna = registry.name(name('Anna Müller'));
    expect(anna).not.toBe(hans);
    expect(registry.name(name('Müller'))).toBe(anna);
    expect(registry.name(name('MARKETS FALL')).classes.has('organisation')).toBe(true);
  });
});
