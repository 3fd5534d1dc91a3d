// Per-kind starting points for a new draft: direction, usual 主送 and the closing formula each kind ends with
// (请示 "妥否，请批示", 报告 "特此报告", 函 "请予函复"). The drafter replaces the ellipses.
export const DOC_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复',
  '议案', '函', '纪要'];

const TEMPLATES = {
  请示: { direction: '上行', mainRecipients: ['江城市人民政府'], body: '……\n妥否，请批示。', remarks: (u) => `（联系人：${u.name}，电话：）` },
  报告: { direction: '上行', mainRecipients: ['江城市人民政府'], body: '……\n特此报告。' },
  通知: { direction: '下行', mainRecipients: ['各区民政局'], body: '……\n特此通知。' },
  通报: { direction: '下行', mainRecipients: ['各区民政局'], body: '……' },
  批复: { direction: '下行', mainRecipients: [], body: '你单位《关于……的请示》收悉。经研究，批复如下：\n……\n此复。' },
  函: { direction: '平行', mainRecipients: [], body: '……\n请予函复。' },
  意见: { direction: '下行', mainRecipients: [], body: '……' },
};

/** A new draft's fields for kind: the template if there is one, otherwise just the kind and a title stem. */
export function templateFor(kind, user) {
  const docType = DOC_TYPES.includes(kind) ? kind : '请示';
  const tpl = TEMPLATES[docType] ?? { direction: '下行', mainRecipients: [], body: '' };
  return {
    docType,
    title: `江城市民政局关于……的${docType}`,
    mainRecipients: tpl.mainRecipients,
    copyRecipients: [],
    body: tpl.body,
    direction: tpl.direction,
    urgency: null,
    classification: null,
    classificationPeriodYears: null,
    attachments: [],
    remarks: tpl.remarks ? tpl.remarks(user) : '',
  };
}
