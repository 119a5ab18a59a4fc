import { describe, expect, it } from 'vitest';
import { checkFamilies, familyMembers } from '../../../src/lib/data/families';
import { parseFamilies } from '../../../src/lib/data/tables';
import { createEvent, createFamily } from '../../helpers';

const HEADER =
  'id,name_zh,name_en,description_zh,description_en,unit,anchors,complete,note,sources';
const NIDZ =
  'nidz,国家自主创新示范区,National innovation demonstration zones,示范区,Zones,city,zgc;tianjin,false,整理中,国务院批复|https://www.gov.cn/x|2009-03-13';

describe('parseFamilies', () => {
  it('reads a row into a family', () => {
    const { families, errors } = parseFamilies(`${HEADER}\n${NIDZ}\n`);
    expect(errors).toEqual([]);
    expect(families).toEqual([
      {
        id: 'nidz',
        nameZh: '国家自主创新示范区',
        nameEn: 'National innovation demonstration zones',
        descriptionZh: '示范区',
        descriptionEn: 'Zones',
        unit: 'city',
        anchors: ['zgc', 'tianjin'],
        complete: false,
        note: '整理中',
        noteEn: '',
        sources: [{ title: '国务院批复', url: 'https://www.gov.cn/x', date: '2009-03-13' }],
      },
    ]);
  });

  it('reads the optional English note', () => {
    const { families } = parseFamilies(`${HEADER},note_en\n${NIDZ},Being compiled\n`);
    expect(families[0]).toMatchObject({ note: '整理中', noteEn: 'Being compiled' });
  });

  it.each([
    ['id', 'Bad Id', 'id_format'],
    ['id', '', 'required'],
    ['name_zh', '', 'required'],
    ['unit', 'county', 'unit'],
    ['complete', 'maybe', 'bool'],
    ['sources', 'no pipes', 'source_format'],
  ])('rejects %s = %j with %s', (column, value, code) => {
    const cells = Object.fromEntries(HEADER.split(',').map((c, i) => [c, NIDZ.split(',')[i]]));
    cells[column] = value;
    const row = HEADER.split(',')
      .map((c) => cells[c])
      .join(',');
    const { families, errors } = parseFamilies(`${HEADER}\n${row}\n`);
    expect(families).toEqual([]);
    expect(errors[0]).toMatchObject({ file: 'families.csv', row: 2, column, code });
  });

  it('rejects a second row with the same id, naming the first', () => {
    const { families, errors } = parseFamilies(`${HEADER}\n${NIDZ}\n${NIDZ}\n`);
    expect(families).toHaveLength(1);
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, column: 'id', code: 'duplicate_id', expected: '2' }),
    ]);
  });
});

describe('familyMembers', () => {
  const nidz = createFamily({ id: 'nidz' });
  const stc = createFamily({ id: 'party-stc' });

  it('lists the members of each family in event order, and empty families too', () => {
    const zgc = createEvent({ id: 'zgc', family: ['nidz'] });
    const both = createEvent({ id: 'both', family: ['party-stc', 'nidz'] });
    const none = createEvent({ id: 'none' });
    const m = familyMembers([nidz, stc, createFamily({ id: 'empty' })], [zgc, both, none]);
    expect(m.get('nidz')!.map((e) => e.id)).toEqual(['zgc', 'both']);
    expect(m.get('party-stc')!.map((e) => e.id)).toEqual(['both']);
    expect(m.get('empty')).toEqual([]);
  });

  it('ignores family ids it does not know', () => {
    const m = familyMembers([nidz], [createEvent({ id: 'x', family: ['atlantis'] })]);
    expect([...m.keys()]).toEqual(['nidz']);
  });
});

describe('checkFamilies', () => {
  const member = createEvent({ id: 'zgc', family: ['nidz'] });

  it('passes a family with members and existing anchors', () => {
    const nidz = createFamily({ id: 'nidz', anchors: ['zgc'] });
    expect(checkFamilies([nidz], [member])).toEqual([]);
  });

  it('reports an anchor that is not an event id', () => {
    const nidz = createFamily({ id: 'nidz', anchors: ['zgc', 'gone'] });
    expect(checkFamilies([nidz], [member], 'families.csv', () => 2)).toEqual([
      { file: 'families.csv', row: 2, column: 'anchors', value: 'gone', code: 'anchor' },
    ]);
  });

  it('reports a family with no members', () => {
    const empty = createFamily({ id: 'cirz' });
    expect(checkFamilies([empty], [member], 'families.csv', () => 3)).toEqual([
      { file: 'families.csv', row: 3, column: 'id', value: 'cirz', code: 'family_empty' },
    ]);
  });

  it('counts an anchor that names no family as an anchor, not as a member', () => {
    const anchored = createFamily({ id: 'nidz', anchors: ['zgc'] });
    const anchorOnly = createEvent({ id: 'zgc' });
    expect(checkFamilies([anchored], [anchorOnly]).map((e) => e.code)).toEqual(['family_empty']);
  });
});
