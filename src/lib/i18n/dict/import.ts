/** UI strings of the import feature. Keys start with 'import.'; en must have every key of zh. */
export const zh = {
  'import.open': '导入数据',
  'import.openLabel': '导入数据：您自己的事件（CSV 或 JSON）',
  'import.using': '正在使用您的数据（{count} 项）',
  'import.usingTitle': '来自 {file}，保存于 {date}',
  'import.restore': '恢复内置数据',
  'import.restored': '已恢复内置数据。您导入的数据已从本机移除，原文件不受影响。',
  'import.title': '导入事件',
  'import.close': '关闭',
  'import.intro':
    '导入与 data/events.csv 格式相同的 CSV（或 JSON）文件。导入前会逐行检查；确认之前，当前显示的事件不会改变。',
  'import.choose': '选择文件…',
  'import.dropHere': '或把文件拖放到这里',
  'import.dropOverlay': '松开鼠标即可导入此文件',
  'import.accepts': '支持 UTF-8（含或不含 BOM）、GB18030/GBK（Excel、WPS 默认）编码；最大 {max}。',
  'import.template': '下载模板（CSV）',
  'import.exportCurrent': '导出当前事件（CSV）',
  'import.templateFile': '科改图谱-导入模板.csv',
  'import.exportFile': '科改图谱-事件.csv',
  'import.progress.reading': '正在读取文件…',
  'import.progress.parsing': '正在解析…',
  'import.progress.checking': '正在逐行检查…',
  'import.cancel': '取消',
  'import.summary': '文件“{file}”共 {rows} 行：{valid} 行有效，{rejected} 行有问题。',
  'import.summaryNone': '文件“{file}”无法导入。',
  'import.allValid': '全部有效。',
  'import.rejectedNote': '有问题的行不会导入；请在表格中修改后重新导入，或只导入有效的行。',
  'import.mode': '导入方式',
  'import.merge': '合并：保留当前 {current} 项事件，加入这些事件',
  'import.replace': '替换：只显示这些事件',
  'import.confirm': '导入 {count} 项事件',
  'import.chooseAnother': '换一个文件',
  'import.done.merge': '已导入 {count} 项事件（与原有事件合并）。',
  'import.done.replace': '已导入 {count} 项事件（替换原有事件）。',
  'import.saveFailed': '导入的数据无法保存在本机（浏览器存储不可用或空间不足），刷新页面后将丢失。',
  'import.restoreDropped':
    '上次导入的数据中有 {count} 项事件已与当前内置数据或分类不一致，未能恢复。请重新导入。',
  'import.sample': '有效事件示例',
  'import.moreEvents': '另有 {count} 项',
  'import.fallback': '仅有英文',
  'import.errors': '有问题的行',
  'import.moreErrors': '仅列出前 {shown} 个问题，另有 {count} 个未列出。',
  'import.col.row': '行',
  'import.col.item': '条目',
  'import.col.column': '列',
  'import.col.value': '内容',
  'import.col.problem': '问题与要求',
  'import.fileLevel': '整个文件',
  'import.rowN': '第 {row} 行',
  'import.itemN': '第 {row} 条',
  'import.emptyValue': '（空）',
  'import.note.encoding': '文件编码为 {value}，已自动识别并转换。',
  'import.note.extra_columns': '以下列不属于导入格式，已忽略：{value}。',
  'import.note.blank_rows': '已跳过 {value} 个空行。',
  'import.note.dates_normalised':
    '已将 {value} 个表格软件改写的日期（如 1985/3/13）还原为标准格式。',
  'import.code.required': '必填项为空。',
  'import.code.id_format':
    '编号只能用小写英文字母、数字和连字符（-），并以字母或数字开头，例如 chengdu-pilot-2022。',
  'import.code.date':
    '日期无效或不存在。应为 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2016、2016-01、2016-01-31。',
  'import.code.date_out_of_range': '日期超出范围：应在 1978 年至今天之间。',
  'import.code.end_before_start': '结束日期早于开始日期（{expected}）。',
  'import.code.bool': '应为 true 或 false（也可写 是/否）。',
  'import.code.type': '未知的类型。可用的类型编号：{expected}。',
  'import.code.level': '未知的层级。应为 national、provincial、municipal 或 cross-regional。',
  'import.code.action':
    '未知的动作。应为 create（设立）、revise（修订）、abolish（撤销）、pilot（试点）或 other（其他）；留空即为 other。',
  'import.code.family':
    '未知的改革系列编号。可用的系列编号：{expected}。导入的文件不能自定义系列，只能使用内置系列（data/families.csv）。',
  'import.code.doc_no':
    '不像文号：应包含“〔年份〕序号号”（如 国发〔2016〕4号；年份也可用 [ ]、（ ）或 ( ) 括起）或“第…号”（如 中华人民共和国主席令第三十二号）。',
  'import.code.unit': '应为 province（省级）或 city（市级）。',
  'import.code.anchor': '锚定事件的编号在 events.csv 中不存在。',
  'import.code.family_empty': '这个系列还没有成员：至少要有一个事件在 family 列写上它的编号。',
  'import.code.region':
    '未知的地区。可写行政区划代码、省市名称（四川、四川省、成都市）或区域组名称（京津冀）。',
  'import.code.regionSuggest': '未知的地区。您是不是指“{expected}”？',
  'import.code.related': '相关事件编号在文件和当前数据中都不存在。',
  'import.code.duplicate_id': '编号与第 {expected} 行重复。每个编号只能用一次。',
  'import.code.duplicate_existing':
    '编号与当前已显示的事件重复。合并时编号必须唯一；请换一个编号，或选择“替换”。',
  'import.code.quote_or_source': '需要原文摘录（seed_quote）或至少一个来源（sources）。',
  'import.code.source_format':
    '来源格式应为“标题|网址|日期”，网址须以 http:// 或 https:// 开头，多个来源用分号（;）分隔。',
  'import.code.missing_column':
    '缺少必需的列“{column}”。必需的列：id、date_start、title_zh、type、level。',
  'import.code.seed_quote': '原文摘录与简报原文不符。',
  'import.code.seed_missing': '找不到简报原文，无法核对摘录。',
  'import.code.empty_file': '文件是空的，没有可导入的事件。',
  'import.code.empty_rows': '文件只有表头，没有事件行。',
  'import.code.too_large':
    '文件大小为 {value}，超过了 {expected} 的上限（为保证页面流畅）。请把事件拆分到几个文件中分别导入，或删去不需要的列。',
  'import.code.parse': 'CSV 格式有误。',
  'import.code.parse.too_many_fields':
    '这一行的单元格比表头多（多出：{value}）。可能是某个单元格含有逗号却没有加引号；请用表格软件另存为 CSV。',
  'import.code.parse.quotes': '引号没有闭合：从这一行开始的内容无法可靠地分列。',
  'import.code.parse.json':
    'JSON 格式有误，无法读取。请检查逗号、括号和引号是否成对，或把文件另存为 CSV。',
  'import.code.parse.json-at':
    'JSON 格式有误：第 {line} 行第 {col} 列附近无法读取。请检查那里是否少了或多了逗号、括号或引号。',
  'import.code.parse.read': '无法读取文件：{value}',
  'import.code.not_csv': '这不是 CSV 或 JSON 文本文件。',
  'import.code.not_csv.xlsx':
    '这是 Excel/WPS 工作簿（.xlsx），不是 CSV。请在表格软件中选择“另存为 → CSV”后再导入。',
  'import.code.not_csv.xls':
    '这是旧版 Excel/WPS 工作簿（.xls/.et），不是 CSV。请在表格软件中选择“另存为 → CSV”后再导入。',
  'import.code.not_csv.pdf': '这是 PDF 文件，不是 CSV。',
  'import.code.not_csv.image': '这是图片文件，不是 CSV。',
  'import.code.not_csv.archive': '这是压缩文件，请先解压，再导入其中的 CSV 文件。',
  'import.code.not_csv.binary': '这是二进制文件（不是文本），无法作为 CSV 读取。',
  'import.code.not_csv.no_header':
    '找不到表头行。第一行应是列名，例如 id、date_start、title_zh、type、level（可下载模板参考）。',
  'import.code.not_csv.json-shape': 'JSON 的结构不对：应为事件对象的数组，或 {"events": [...]}。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'import.open': 'Import data',
  'import.openLabel': 'Import data: your own events (CSV or JSON)',
  'import.using': 'Using your data ({count} events)',
  'import.usingTitle': 'From {file}, saved {date}',
  'import.restore': 'Restore built-in data',
  'import.restored':
    'The built-in data is back. Your imported data was removed from this computer; your file is untouched.',
  'import.title': 'Import events',
  'import.close': 'Close',
  'import.intro':
    'Import a CSV (or JSON) file in the format of data/events.csv. Every row is checked first; the events shown do not change until you confirm.',
  'import.choose': 'Choose a file…',
  'import.dropHere': 'or drop a file here',
  'import.dropOverlay': 'Release to import this file',
  'import.accepts':
    'UTF-8 (with or without BOM) and GB18030/GBK (the Excel and WPS default in Chinese) are read; {max} at most.',
  'import.template': 'Download the template (CSV)',
  'import.exportCurrent': 'Export the current events (CSV)',
  'import.templateFile': 'reform-atlas-template.csv',
  'import.exportFile': 'reform-atlas-events.csv',
  'import.progress.reading': 'Reading the file…',
  'import.progress.parsing': 'Parsing…',
  'import.progress.checking': 'Checking each row…',
  'import.cancel': 'Cancel',
  'import.summary': '“{file}” has {rows} rows: {valid} valid, {rejected} with problems.',
  'import.summaryNone': '“{file}” cannot be imported.',
  'import.allValid': 'All valid.',
  'import.rejectedNote':
    'Rows with problems are not imported: fix them in the spreadsheet and import again, or import only the valid rows.',
  'import.mode': 'How to import',
  'import.merge': 'Merge: keep the current {current} events and add these',
  'import.replace': 'Replace: show only these events',
  'import.confirm': 'Import {count} events',
  'import.chooseAnother': 'Choose another file',
  'import.done.merge': 'Imported {count} events (merged with the existing ones).',
  'import.done.replace': 'Imported {count} events (replacing the existing ones).',
  'import.saveFailed':
    'The imported data could not be saved on this computer (browser storage unavailable or full); it will be lost on reload.',
  'import.restoreDropped':
    '{count} events of your last import no longer match the built-in data or categories and were not restored. Please import again.',
  'import.sample': 'Valid events (sample)',
  'import.moreEvents': '{count} more',
  'import.fallback': 'Chinese only',
  'import.errors': 'Rows with problems',
  'import.moreErrors': 'Only the first {shown} problems are listed; {count} more are not.',
  'import.col.row': 'Row',
  'import.col.item': 'Item',
  'import.col.column': 'Column',
  'import.col.value': 'Value',
  'import.col.problem': 'Problem and what is expected',
  'import.fileLevel': 'Whole file',
  'import.rowN': 'Row {row}',
  'import.itemN': 'Item {row}',
  'import.emptyValue': '(empty)',
  'import.note.encoding': 'The file is encoded as {value}; it was detected and converted.',
  'import.note.extra_columns':
    'These columns are not part of the format and were ignored: {value}.',
  'import.note.blank_rows': '{value} blank rows were skipped.',
  'import.note.dates_normalised':
    '{value} dates rewritten by a spreadsheet (e.g. 1985/3/13) were restored to the standard form.',
  'import.code.required': 'Required, but empty.',
  'import.code.id_format':
    'Ids use lowercase letters, digits and hyphens (-), starting with a letter or digit, e.g. chengdu-pilot-2022.',
  'import.code.date':
    'Not a valid or existing date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2016, 2016-01, 2016-01-31.',
  'import.code.date_out_of_range': 'Date out of range: it must lie between 1978 and today.',
  'import.code.end_before_start': 'The end date is before the start date ({expected}).',
  'import.code.bool': 'Use true or false (是/否 also work).',
  'import.code.type': 'Unknown type. Known type ids: {expected}.',
  'import.code.level': 'Unknown level. Use national, provincial, municipal or cross-regional.',
  'import.code.action':
    'Unknown action. Use create, revise, abolish, pilot or other; an empty cell means other.',
  'import.code.family':
    'Unknown family id. Known family ids: {expected}. An imported file cannot define families of its own: it may only use the built-in ones (data/families.csv).',
  'import.code.doc_no':
    'This does not look like a document number: it must contain “〔year〕number号” (e.g. 国发〔2016〕4号; the year may also be in [ ], （ ） or ( )) or “第…号” (e.g. 中华人民共和国主席令第三十二号).',
  'import.code.unit': 'Use province or city.',
  'import.code.anchor': 'This anchor is not an event id in events.csv.',
  'import.code.family_empty':
    'This family has no members yet: at least one event must name it in its family column.',
  'import.code.region':
    'Unknown region. Use an adcode, a province or city name (四川, 四川省, 成都市, Sichuan) or a group name (京津冀).',
  'import.code.regionSuggest': 'Unknown region. Did you mean “{expected}”?',
  'import.code.related':
    'This related event id exists neither in the file nor in the current data.',
  'import.code.duplicate_id': 'Same id as row {expected}. Each id may be used once.',
  'import.code.duplicate_existing':
    'This id is already used by an event shown now. Ids must be unique when merging: pick another id, or choose Replace.',
  'import.code.quote_or_source':
    'Give a verbatim quote (seed_quote) or at least one source (sources).',
  'import.code.source_format':
    'Sources are written “title|url|date” with an http:// or https:// url, several separated by semicolons (;).',
  'import.code.missing_column':
    'The required column “{column}” is missing. Required: id, date_start, title_zh, type, level.',
  'import.code.seed_quote': 'The quote does not match the brief.',
  'import.code.seed_missing': 'The brief is missing; quotes cannot be checked.',
  'import.code.empty_file': 'The file is empty: there are no events to import.',
  'import.code.empty_rows': 'The file has a header row but no event rows.',
  'import.code.too_large':
    'The file is {value}, above the {expected} limit (kept so the page stays responsive). Split the events into several files, or delete columns you do not need.',
  'import.code.parse': 'The CSV is malformed.',
  'import.code.parse.too_many_fields':
    'This row has more cells than the header (extra: {value}). A cell probably holds a comma without quotes; save the file as CSV from a spreadsheet.',
  'import.code.parse.quotes':
    'A quote is not closed: from this row on the cells cannot be told apart.',
  'import.code.parse.json':
    'The JSON is malformed and cannot be read. Check that commas, brackets and quotes match, or save the file as CSV.',
  'import.code.parse.json-at':
    'The JSON is malformed near line {line}, column {col}. Check for a missing or extra comma, bracket or quote there.',
  'import.code.parse.read': 'The file could not be read: {value}',
  'import.code.not_csv': 'This is not a CSV or JSON text file.',
  'import.code.not_csv.xlsx':
    'This is an Excel/WPS workbook (.xlsx), not a CSV. In the spreadsheet choose “Save as → CSV”, then import that.',
  'import.code.not_csv.xls':
    'This is an older Excel/WPS workbook (.xls/.et), not a CSV. In the spreadsheet choose “Save as → CSV”, then import that.',
  'import.code.not_csv.pdf': 'This is a PDF file, not a CSV.',
  'import.code.not_csv.image': 'This is an image, not a CSV.',
  'import.code.not_csv.archive':
    'This is a compressed archive: unpack it and import the CSV inside.',
  'import.code.not_csv.binary': 'This is a binary file (not text) and cannot be read as CSV.',
  'import.code.not_csv.no_header':
    'No header row found. The first row must name the columns, e.g. id, date_start, title_zh, type, level (see the template).',
  'import.code.not_csv.json-shape':
    'The JSON has the wrong shape: it should be an array of event objects, or {"events": [...]}.',
};
