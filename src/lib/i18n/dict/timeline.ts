/** UI strings of the timeline feature. Keys start with 'timeline.'; en must have every key of zh. */
export const zh = {
  'timeline.help':
    '按 ← → 逐个浏览事件，Enter 查看详情，Esc 清除，+ − 缩放，Home/End 跳到首个/末个。滚轮或拖动平移，Ctrl+滚轮或双击缩放。',
  'timeline.focus': '{date}，{type}：{title}（第 {index} 项，共 {total} 项）',
  'timeline.zoomIn': '放大',
  'timeline.zoomOut': '缩小',
  'timeline.reset': '显示全部年份',
  'timeline.allYears': '全部年份',
  'timeline.compact': '合并为一条轨道',
  'timeline.lanes': '按类型分轨显示',
  'timeline.allTypes': '全部类型',
  'timeline.collapse': '折叠“{type}”轨道',
  'timeline.expand': '展开“{type}”轨道',
  'timeline.cluster': '{count} 项改革，{range}',
  'timeline.clusterActive': '{count} 项改革（当前地区 {active} 项），{range}',
  'timeline.clusterHint': '点击查看列表',
  'timeline.clusterZoom': '放大到这段时间',
  'timeline.clusterMore': '另有 {count} 项，放大后可逐个查看',
  'timeline.close': '关闭',
  'timeline.overview': '全时段概览：拖动选出一段时间，地图和列表随之筛选',
  'timeline.window': '时间范围：{range}',
  'timeline.windowAll': '全部年份',
  'timeline.overviewHelp':
    '按 ← → 把时间范围前后移动一年（Shift：一个月），Ctrl+← → 缩短或延长一年，Home/End 移到最早/最晚，Delete 清除；没有时间范围时按 Enter，以当前放大的时段建立。',
  'timeline.clearWindow': '清除时间范围',
  'timeline.empty': '当前筛选条件下没有事件。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'timeline.help':
    '← → step through events, Enter opens details, Esc clears, + − zoom, Home/End first/last. Wheel or drag to pan; Ctrl+wheel or double-click to zoom.',
  'timeline.focus': '{date}, {type}: {title} ({index} of {total})',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.reset': 'Show all years',
  'timeline.allYears': 'All years',
  'timeline.compact': 'Merge into one lane',
  'timeline.lanes': 'One lane per type',
  'timeline.allTypes': 'All types',
  'timeline.collapse': 'Collapse the “{type}” lane',
  'timeline.expand': 'Expand the “{type}” lane',
  'timeline.cluster': '{count} reforms, {range}',
  'timeline.clusterActive': '{count} reforms ({active} in the chosen region), {range}',
  'timeline.clusterHint': 'Click for the list',
  'timeline.clusterZoom': 'Zoom to this period',
  'timeline.clusterMore': '{count} more; zoom in to see them one by one',
  'timeline.close': 'Close',
  'timeline.overview':
    'Overview of all years: drag to choose a period; the map and lists follow it',
  'timeline.window': 'Period: {range}',
  'timeline.windowAll': 'all years',
  'timeline.overviewHelp':
    '← → move the period a year (Shift: a month), Ctrl+← → make it a year shorter or longer, Home/End move it to the first/last years, Delete clears it; with no period, Enter makes one from the zoomed view.',
  'timeline.clearWindow': 'Clear the period',
  'timeline.empty': 'No events match the current filters.',
};
