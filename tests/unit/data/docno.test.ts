import { describe, expect, it } from 'vitest';
import { docNoKey, looksLikeDocNo } from '../../../src/lib/data/docno';

describe('looksLikeDocNo', () => {
  it.each([
    ['国发〔2016〕4号'],
    ['国函〔2009〕28号'],
    ['国办发[2016]43号'],
    ['京政发（2019）12号'],
    ['川府发(2021)1号'],
    ['国科发区〔2020〕128号'],
    ['国发〔2016〕 4 号'],
    ['中华人民共和国主席令第三十二号'],
    ['中华人民共和国主席令第32号'],
    ['江苏省人民代表大会常务委员会公告第45号'],
    ['公告第一〇三号'],
  ])('accepts %s', (text) => {
    expect(looksLikeDocNo(text)).toBe(true);
  });

  it.each([
    [''],
    ['国发2016年4号'],
    ['2016年4号文'],
    ['国发〔16〕4号'],
    ['国发〔2016〕号'],
    ['国发〔2016〕4'],
    ['第号'],
    ['主席令第三十二'],
    ['国发〔2016)4号'],
  ])('rejects %j', (text) => {
    expect(looksLikeDocNo(text)).toBe(false);
  });
});

describe('docNoKey', () => {
  it.each([
    ['国发〔2016〕4号', '国发〔2016〕4号'],
    ['国发[2016]4号', '国发〔2016〕4号'],
    ['国发（2016）4号', '国发〔2016〕4号'],
    ['国发 (2016) 4号', '国发〔2016〕4号'],
    ['国发[2016', '国发〔2016'],
    ['主席令第三十二号', '主席令第三十二号'],
    ['(see) [a]', '(see)[a]'],
  ])('%j → %j', (text, key) => {
    expect(docNoKey(text)).toBe(key);
  });
});
