/**
 * Document numbers (文号): what the `doc_no` column must look like, and one spelling of the
 * brackets for search. Pure.
 */

/** 〔2016〕4号 with the year in 〔〕, [], （） or (); the number in Arabic digits. */
const YEAR_NUMBER =
  /(?:〔\s*\d{4}\s*〕|\[\s*\d{4}\s*\]|（\s*\d{4}\s*）|\(\s*\d{4}\s*\))\s*第?\s*\d+\s*号/;
/** 第32号, 第三十二号: the number in Arabic digits or Chinese numerals. */
const ORDINAL = /第\s*(?:\d+|[〇零一二三四五六七八九十百千两]+)\s*号/;

/**
 * Does a cell look like a document number? It must contain `〔YYYY〕N号` (also with [YYYY],
 * （YYYY） or (YYYY)) or `第…号`.
 * `looksLikeDocNo('国发〔2016〕4号')` → true; `looksLikeDocNo('中华人民共和国主席令第三十二号')` → true;
 * `looksLikeDocNo('2016年4号文')` → false.
 */
export function looksLikeDocNo(text: string): boolean {
  return YEAR_NUMBER.test(text) || ORDINAL.test(text);
}

/**
 * One spelling for matching: the year's brackets become 〔〕 and spaces go, so a search typed with
 * [ ] or ( ) finds a number written with 〔〕 (a query may stop after the year or its bracket).
 * `docNoKey('国发 [2016] 4号')` → `'国发〔2016〕4号'`; `docNoKey('国发（2016')` → `'国发〔2016'`.
 */
export function docNoKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[[（(](?=\d{4})/g, '〔')
    .replace(/(?<=〔\d{4})[\]）)]/g, '〕');
}
