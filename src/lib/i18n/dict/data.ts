/** Strings of the dataset's v2 fields: actions, document numbers, families. */
export const zh = {
  'action.create': '设立',
  'action.revise': '修订',
  'action.abolish': '撤销',
  'action.pilot': '试点',
  'action.other': '其他',
  'detail.docNo': '文号',
  'detail.action': '动作',
  'detail.families': '所属系列',
  'detail.familyIncomplete': '（成员名单尚不完整）',
  'explore.actions': '改革动作',
  'present.printActions': '动作：',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'action.create': 'Created',
  'action.revise': 'Revised',
  'action.abolish': 'Abolished',
  'action.pilot': 'Pilot',
  'action.other': 'Other',
  'detail.docNo': 'Document no.',
  'detail.action': 'Action',
  'detail.families': 'Family',
  'detail.familyIncomplete': ' (membership not yet complete)',
  'explore.actions': 'Action',
  'present.printActions': 'Action: ',
};
