import { describe, expect, it } from 'vitest';
import { readXmlRecords, type XmlElement, type XmlProblem } from './xml-records.js';

function read(input: string, isRecord: (name: string, depth: number) => boolean) {
  const records: XmlElement[] = [];
  const problems: XmlProblem[] = [];
  readXmlRecords(input, { isRecord, onRecord: (record) => records.push(record), onProblem: (problem) => problems.push(problem) });
  return { records, problems };
}

const posts = (name: string) => name === 'post';

describe('readXmlRecords', () => {
  it('collects the chosen records with text, CDATA, attributes and offsets', () => {
    const input = '<?xml version="1.0"?>\n<root><post a:id="1"><msg><![CDATA[<p>x &amp; y</p>]]></msg><n>a &amp; b</n></post><other/></root>';
    const { records, problems } = read(input, posts);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const post = records[0]!;
    expect(post.attributes.get('a:id')).toBe('1');
    expect(post.children.map((child) => [child.name, child.text])).toEqual([
      ['msg', '<p>x &amp; y</p>'],
      ['n', 'a & b'],
    ]);
    expect(input.slice(post.start, post.end)).toMatch(/^<post a:id="1">.*<\/post>$/);
  });

  it('accepts a byte-order mark before the declaration', () => {
    expect(read('\ufeff<?xml version="1.0"?><r><post/></r>', posts).problems).toEqual([]);
  });

  it('keeps self-closing elements without reporting them', () => {
    const { records, problems } = read('<r><post><parent id="4"/><id /></post></r>', posts);
    expect(problems).toEqual([]);
    expect(records[0]?.children.map((child) => child.name)).toEqual(['parent', 'id']);
  });

  it('reports every well-formedness problem but still reads the records', () => {
    const input = '`<?xml version="1.0"?><r><post><t id=7/></post><post>b</post></x></r><r/>';
    const { records, problems } = read(input, posts);
    expect(records.map((record) => record.name)).toEqual(['post', 'post']);
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/Text outside the root/);
    expect(messages).toMatch(/declaration is not at the very start/);
    expect(messages).toMatch(/Attribute id has no quoted value/);
    expect(messages).toMatch(/<t> is not closed/);
    expect(messages).toMatch(/<\/x> closes nothing/);
    expect(messages).toMatch(/second root/);
  });

  it('reports elements left open at the end of a truncated file', () => {
    const { records, problems } = read('<r><post><id>1</id>', posts);
    expect(records).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual(['<post> is not closed before the input ends.', '<r> is not closed before the input ends.']);
  });

  it('chooses records by depth as well as name', () => {
    const { records } = read('<r><post>1<post>inner</post></post></r>', (name, depth) => name === 'post' && depth === 2);
    expect(records).toHaveLength(1);
    expect(records[0]?.children[0]?.text).toBe('inner');
  });
});

describe('readXmlRecords keep filter', () => {
  it('skips the subtrees of elements it is not asked to keep', () => {
    const records: XmlElement[] = [];
    readXmlRecords('<r><post><ip>1.2.3.4</ip><author><email>x</email><name>Ann</name></author><msg>hi</msg></post></r>', {
      isRecord: (name) => name === 'post',
      keep: (name) => name !== 'ip' && name !== 'email',
      onRecord: (record) => records.push(record),
      onProblem: () => undefined,
    });
    expect(records[0]?.children.map((child) => child.name)).toEqual(['author', 'msg']);
    expect(records[0]?.children[0]?.children.map((child) => [child.name, child.text])).toEqual([['name', 'Ann']]);
  });
});
