// zh-CN first (the users are office staff); English as a toggle. The choice is kept per browser.
const LANG_KEY = 'gongwen.lang';

const zh = {
  app: '公文', appLong: '江城市民政局 公文处理', skip: '跳到正文', langToggle: 'English', logout: '退出',
  loading: '加载中…', retry: '重试', back: '返回', save: '保存', saved: '已保存', cancel: '取消',
  loginTitle: '选择演示用户登录', loginHint: '本地演示环境：选择一位用户即可登录，无需密码。', login: '登录',
  loginFailed: '登录失败', sessionExpired: '登录已过期，请重新登录。',
  navDrafts: '我的拟稿', navNew: '新建拟稿', navInbox: '待办', navArchive: '档案查询',
  roleCLERK: '科员', roleDEPUTY_DIRECTOR: '分管主任', roleDIRECTOR: '主任', roleCHIEF: '局长',
  roleAUDITOR: '审计/档案', roleADMIN: '管理员',
  statusDRAFT: '草稿', statusIN_REVIEW: '审核中', statusRETURNED: '已退回', statusISSUED: '已签发',
  statusARCHIVED: '已归档', statusREJECTED: '不予发文', statusWITHDRAWN: '已撤回', statusALL: '全部',
  colTitle: '标题', colType: '文种', colStatus: '状态', colWhere: '当前环节', colUpdated: '更新时间',
  colNumber: '文号', colDrafter: '拟稿人', colLevel: '审核环节', colAssigned: '收到时间', colDue: '办理期限',
  colUrgency: '紧急程度', colArchiveNo: '档号', colDate: '成文日期',
  emptyDrafts: '还没有拟稿。点击“新建拟稿”开始起草。', emptyInbox: '没有待办公文。',
  emptyArchive: '没有符合条件的档案。', prev: '上一页', next: '下一页', pageOf: (p, n) => `第 ${p} / ${n} 页`,
  total: (n) => `共 ${n} 件`,
  whereWaiting: (name, role) => `待 ${name}（${role}）审核`, whereDraft: '未送审', whereIssued: '已签发',
  whereArchived: '已归档', whereReturned: (name) => `${name} 退回，待修改`,
  newTitle: '新建拟稿', chooseKind: '选择文种模板', editTitle: '拟稿', viewTitle: '拟稿（只读）',
  fDocType: '文种', fTitle: '标题', fMain: '主送机关', fMainHint: '每行一个机关', fCopy: '抄送机关',
  fDirection: '行文方向', fUrgency: '紧急程度', fClass: '密级', fPeriod: '保密期限（年）', fCopyNumber: '份号', fBody: '正文',
  fBodyHint: '每段一行', fAttach: '附件名称', fAttachHint: '每行一个附件', fRemarks: '附注', none: '无',
  check: '检查格式', submit: '送审', withdraw: '撤回', preview: '版式预览', hidePreview: '关闭预览',
  checkOk: '格式检查通过，可以送审。', checkTitle: '格式检查', applyFix: (fix) => `采用建议：${fix}`,
  error: '错误', warning: '提醒', submitted: '已送审。', withdrawn: '已撤回。', unsaved: '有未保存的修改',
  staleVersion: '此稿已在别处修改。', reload: '重新载入', chainTitle: '审核流程', returnedTitle: '退回意见',
  historyTitle: '审核记录', decided: '已办', pending: '待办', notYet: '未到',
  inboxTitle: '待办公文', overdue: '已超期', dueIn: '期限',
  reviewTitle: '审核', decisionTitle: '审核意见', approve: '同意', approveChief: '同意（签发）',
  returnIt: '退回修改', reject: '不予发文', opinion: '意见', phrases: '常用语', decide: '提交意见',
  decidedOk: '意见已提交。', opinionNeeded: '退回或不予发文时必须填写意见。', stepsTitle: '审核流程与意见',
  levelN: (n) => `第${n}级`, decisionAPPROVE: '同意', decisionRETURN: '退回', decisionREJECT: '不予发文',
  archiveTitle: '档案查询', q: '关键词', qHint: '标题、正文、文号或档号中的文字', year: '年度', from: '成文日期起',
  to: '成文日期止', search: '查询', allKinds: '全部文种', recordTitle: '档案', trailTitle: '办理过程',
  retention: '保管期限', retY: '永久', retD30: '定期30年', retD10: '定期10年', signer: '签发人',
  archivedAt: '归档时间', contentHash: '内容摘要（SHA-256）', actionSUBMITTED: '送审', actionAPPROVED: '同意',
  actionRETURNED: '退回', actionREJECTED: '不予发文', actionSIGNED: '签发', actionARCHIVED: '归档',
  notFound: '找不到该公文，或您无权查看。', forbidden: '您无权查看此页面。', networkError: '无法连接服务器，请稍后重试。',
  pendingNumber: '（签发后编号）', pendingDate: '（签发后生成）', docNavLabel: '公文版式',
  proof: '存证', proofChecking: '正在验证…', proofVerified: (n) => `已验证：包含于检查点 #${n}`,
  proofFailed: (step) => `验证失败：${step}`, proofAbsent: '尚无存证（未纳入检查点）', proofError: '暂时无法验证，请稍后重试。',
  proofStep_leaf: '记录内容与日志叶子不符', proofStep_path: '审计路径与检查点根哈希不符', proofStep_signature: '检查点签名无效',
  returnTo: '退回至', returnToDrafter: (n) => `拟稿人 ${n}（重新修改后送审）`, returnToLevel: (l, n) => `第${l}级 ${n}（重新审核）`,
  delegationTitle: '委派 / 转办', delegationKind: '方式', delegate: '委派（代为审核）', transfer: '转办（转交办理）',
  delegateTo: '交由', until: '截止日期', reason: '事由', delegationSend: '委派', delegatedOk: '已委派。',
  recall: '撤回我的审核意见', recallHint: '下一级尚未办理，可以撤回您的同意意见。', recalledOk: '已撤回，请重新审核。',
  urge: '催办', urgeNote: (n) => `催办 ${n}（附言，可不填）`, urgedOk: (n) => `已向 ${n} 发出催办。`,
  doneTitle: '已办', emptyDone: '还没有已办公文。', colAction: '办理', colAt: '时间', onBehalfOf: (n) => `（代${n}）`,
  colVia: '来源', viaDELEGATE: '委派', viaESCALATED: '超期上报', viaTRANSFER: '转办',
  navDashboard: '督办', dashboardTitle: '在办公文（五不）', emptyDashboard: '目前没有在办公文。', perHolder: '各人在办',
  heldN: (n) => `在办 ${n} 件`, colHolder: '承办人', colSince: '收到时间', colHeld: '已办时长',
  overdueBy: (d) => `超期 ${d}`, daysHours: (d, h) => `${d}天${h}小时`, hoursMinutes: (h, m) => `${h}小时${m}分`,
  actionSENT_BACK: '退回重审', actionRECALLED: '撤回', actionDELEGATED: '委派', actionTRANSFERRED: '转办',
  actionESCALATED: '超期督办', actionURGED: '催办',
  versionsTitle: '修改痕迹', versionN: (n) => `第${n}稿`, compare: '对比', compareWith: (n) => `与第${n}稿对比`, diffTitle: (a, b) => `第${a}稿 → 第${b}稿`,
  renditionFiles: '版式文件', downloadPdf: '下载 PDF', downloadOfd: '下载 OFD', renditionPending: '生成中…',
  renditionFailed: '生成失败（请联系管理员）', renditionNone: '无（归档时未生成）', actionRENDERED: '生成版式文件',
  exportPackage: '档案包', download: '下载', fileMissing: '未上传文件', replaceFile: '更换文件', uploadFile: '上传文件', remove: '删除',
  addAttachment: '添加附件（上传文件）',
  reviewDetails: '审核详情（催办、会签）', countersignTitle: '会签', countersignDone: '会签已完成', countersignAsk: '发起会签', countersignUnits: '会签单位',
  countersignRuleLabel: '规则', countersignRequired: '需同意单位数（N）', countersignAsked: '已发起会签。',
  countersignRule_ALL: () => '全部单位同意', countersignRule_ANY: () => '任一单位同意', countersignRule_N_OF_M: (n) => `${n} 个单位同意`,
  roleCOUNTERSIGNER: '会签', viaCOUNTERSIGN: '会签', actionCOUNTERSIGN_REQUESTED: '发起会签', actionCOUNTERSIGNED: '会签',
  adhocTitle: '加签 / 减签', adhocHint: '在本环节之后增加一名审核人，或减去尚未收到公文的加签人；逐级审核的固定层级不能减签。须填写意见。',
  adhocReviewer: '加签人', adhocOpinion: '加签意见', adhocAdd: '加签', adhocAdded: '已加签。', adhocNoCandidates: '目前没有可加签的人员。',
  adhocRemove: '减签', adhocRemoveOpinion: (n) => `减去 ${n} 的意见`, adhocRemoved: '已减签。', adhocOpinionRequired: '请填写意见。',
  addedBy: (n) => `加签（${n}）`, adhocAct_REVIEWER_ADDED: (a, s) => `${a} 加签 ${s}`, adhocAct_REVIEWER_REMOVED: (a, s) => `${a} 减签 ${s}`,
  actionREVIEWER_ADDED: '加签', actionREVIEWER_REMOVED: '减签',
  navStatistics: '统计', statisticsTitle: '档案统计', perMonth: '每月归档公文数', perUnit: '各单位', perKind: '各文种',
  reviewTimes: '各级审核用时', reviewTimesHint: '深色为中位数，浅色为第90百分位。',
  seconds: (n) => `${n} 秒`, minutes: (n) => `${n} 分钟`, hours: (n) => `${n} 小时`, days: (n) => `${n} 天`, median: '中位数',
  asTable: '以表格查看', colKey: '项目', colCount: '件数',
  moved: '移动的段落', noChanges: '两稿内容相同。', before: '修改前', after: '修改后', submittedAs: (r) => `第${r}次送审`,
  navDeadLetters: '死信', deadLettersTitle: '死信处理',
  deadLettersHint: '各服务多次处理失败、暂存于死信主题（<主题>.dlt）的消息。先按原因排除故障，再按服务重放：按顺序重放，遇到仍失败的一条即停止，已处理过的事件不会重复生效。',
  deadLettersEmpty: '该服务没有死信。', deadLettersOf: (s) => `${s}的死信`,
  service_drafting: '拟稿服务（drafting-service）', service_review: '审核服务（review-service）', service_archive: '档案服务（archive-service）',
  colTopic: '主题', colDocumentId: '公文标识（键）', colEventType: '事件类型', colReason: '原因', colParkedAt: '时间', colConsumer: '消费者',
  replay: '重放', replayConfirm: '确认重放', replayQuestion: (s) => `确认重放${s}的全部死信？`, replaying: '正在重放…',
  replayDone: (n, m) => `已重放 ${n} 条，仍失败 ${m} 条。`, replayFirstFailure: '首个失败：',
};

const en = {
  app: 'Gongwen', appLong: 'Jiangcheng Civil Affairs Bureau · Documents', skip: 'Skip to content', langToggle: '中文',
  logout: 'Sign out', loading: 'Loading…', retry: 'Retry', back: 'Back', save: 'Save', saved: 'Saved',
  cancel: 'Cancel', loginTitle: 'Sign in as a demo user', loginHint: 'Local demo: pick a user, no password.',
  login: 'Sign in', loginFailed: 'Sign-in failed', sessionExpired: 'Your session expired; sign in again.',
  navDrafts: 'My drafts', navNew: 'New draft', navInbox: 'To do', navArchive: 'Archive',
  roleCLERK: 'Clerk', roleDEPUTY_DIRECTOR: 'Deputy director', roleDIRECTOR: 'Director', roleCHIEF: 'Chief',
  roleAUDITOR: 'Auditor', roleADMIN: 'Administrator',
  statusDRAFT: 'Draft', statusIN_REVIEW: 'In review', statusRETURNED: 'Returned', statusISSUED: 'Issued',
  statusARCHIVED: 'Archived', statusREJECTED: 'Rejected', statusWITHDRAWN: 'Withdrawn', statusALL: 'All',
  colTitle: 'Title', colType: 'Kind', colStatus: 'Status', colWhere: 'Where', colUpdated: 'Updated',
  colNumber: 'Number', colDrafter: 'Drafter', colLevel: 'Step', colAssigned: 'Received', colDue: 'Due',
  colUrgency: 'Urgency', colArchiveNo: 'Archive no.', colDate: 'Date',
  emptyDrafts: 'No drafts yet. Use "New draft" to start one.', emptyInbox: 'Nothing to review.',
  emptyArchive: 'No records match.', prev: 'Previous', next: 'Next', pageOf: (p, n) => `Page ${p} of ${n}`,
  total: (n) => `${n} in all`,
  whereWaiting: (name, role) => `Waiting for ${name} (${role})`, whereDraft: 'Not submitted',
  whereIssued: 'Issued', whereArchived: 'Archived', whereReturned: (name) => `Returned by ${name}`,
  newTitle: 'New draft', chooseKind: 'Choose a template', editTitle: 'Draft', viewTitle: 'Draft (read only)',
  fDocType: 'Kind', fTitle: 'Title', fMain: 'Main recipients', fMainHint: 'one organ per line',
  fCopy: 'Copy to', fDirection: 'Direction', fUrgency: 'Urgency', fClass: 'Classification',
  fPeriod: 'Period (years)', fCopyNumber: 'Copy no.', fBody: 'Body', fBodyHint: 'one paragraph per line', fAttach: 'Attachments',
  fAttachHint: 'one name per line', fRemarks: 'Note', none: 'None',
  check: 'Check format', submit: 'Submit', withdraw: 'Withdraw', preview: 'Print preview', hidePreview: 'Close preview',
  checkOk: 'Format check passed; ready to submit.', checkTitle: 'Format check', applyFix: (fix) => `Use: ${fix}`,
  error: 'Error', warning: 'Warning', submitted: 'Submitted.', withdrawn: 'Withdrawn.', unsaved: 'Unsaved changes',
  staleVersion: 'This draft was changed elsewhere.', reload: 'Reload', chainTitle: 'Review chain',
  returnedTitle: 'Return opinions', historyTitle: 'Review history', decided: 'Done', pending: 'Pending',
  notYet: 'Not yet', inboxTitle: 'Documents to review', overdue: 'Overdue', dueIn: 'Due',
  reviewTitle: 'Review', decisionTitle: 'Decision', approve: 'Approve', approveChief: 'Approve (sign)',
  returnIt: 'Return for changes', reject: 'Reject', opinion: 'Opinion', phrases: 'Common phrases',
  decide: 'Send decision', decidedOk: 'Decision recorded.', opinionNeeded: 'Returning or rejecting needs an opinion.',
  stepsTitle: 'Chain and opinions', levelN: (n) => `Level ${n}`, decisionAPPROVE: 'Approved',
  decisionRETURN: 'Returned', decisionREJECT: 'Rejected',
  archiveTitle: 'Archive search', q: 'Keywords', qHint: 'text in title, body, number or archive no.',
  year: 'Year', from: 'Dated from', to: 'Dated to', search: 'Search', allKinds: 'All kinds',
  recordTitle: 'Record', trailTitle: 'Trail', retention: 'Retention', retY: 'Permanent', retD30: '30 years',
  retD10: '10 years', signer: 'Signer', archivedAt: 'Archived', contentHash: 'Content hash (SHA-256)',
  actionSUBMITTED: 'Submitted', actionAPPROVED: 'Approved', actionRETURNED: 'Returned', actionREJECTED: 'Rejected',
  actionSIGNED: 'Signed', actionARCHIVED: 'Archived',
  notFound: 'No such document, or you may not see it.', forbidden: 'You may not see this page.',
  networkError: 'The server cannot be reached; try again later.',
  pendingNumber: '(numbered when signed)', pendingDate: '(dated when signed)', docNavLabel: 'Document layout',
  proof: 'Proof', proofChecking: 'Verifying…', proofVerified: (n) => `Verified: included in checkpoint #${n}`,
  proofFailed: (step) => `Verification failed: ${step}`, proofAbsent: 'No proof yet (not in a checkpoint)',
  proofError: 'Cannot verify right now; try again later.', proofStep_leaf: 'record does not match its log leaf',
  proofStep_path: 'audit path does not lead to the checkpoint root', proofStep_signature: 'checkpoint signature invalid',
  returnTo: 'Return to', returnToDrafter: (n) => `Drafter ${n} (revise and resubmit)`, returnToLevel: (l, n) => `Level ${l} ${n} (decides again)`,
  delegationTitle: 'Delegate / transfer', delegationKind: 'How', delegate: 'Delegate (decides for me)', transfer: 'Transfer (hand over)',
  delegateTo: 'To', until: 'Until', reason: 'Reason', delegationSend: 'Delegate', delegatedOk: 'Delegated.',
  recall: 'Recall my approval', recallHint: 'The next reviewer has not acted yet; you may recall your approval.',
  recalledOk: 'Recalled; decide again.', urge: 'Urge', urgeNote: (n) => `Urge ${n} (optional note)`, urgedOk: (n) => `${n} has been urged.`,
  doneTitle: 'Done', emptyDone: 'Nothing done yet.', colAction: 'Action', colAt: 'When', onBehalfOf: (n) => `(for ${n})`,
  colVia: 'Via', viaDELEGATE: 'Delegated', viaESCALATED: 'Escalated', viaTRANSFER: 'Transferred',
  navDashboard: 'Follow-up', dashboardTitle: 'Documents in review', emptyDashboard: 'Nothing in review.', perHolder: 'Per holder',
  heldN: (n) => `${n} held`, colHolder: 'Held by', colSince: 'Since', colHeld: 'Held for',
  overdueBy: (d) => `overdue ${d}`, daysHours: (d, h) => `${d} d ${h} h`, hoursMinutes: (h, m) => `${h} h ${m} min`,
  actionSENT_BACK: 'Sent back', actionRECALLED: 'Recalled', actionDELEGATED: 'Delegated', actionTRANSFERRED: 'Transferred',
  actionESCALATED: 'Escalated', actionURGED: 'Urged',
  versionsTitle: 'Versions', versionN: (n) => `Version ${n}`, compare: 'Compare', compareWith: (n) => `Compare with ${n}`, diffTitle: (a, b) => `Version ${a} → ${b}`,
  renditionFiles: 'Document files', downloadPdf: 'Download PDF', downloadOfd: 'Download OFD', renditionPending: 'being made…',
  renditionFailed: 'rendering failed (ask an administrator)', renditionNone: 'none (archived before rendering)',
  actionRENDERED: 'Rendered as PDF and OFD',
  exportPackage: 'Archival package', download: 'Download', fileMissing: 'no file uploaded', replaceFile: 'Replace file', uploadFile: 'Upload file',
  remove: 'Remove', addAttachment: 'Add attachment (upload)',
  reviewDetails: 'Review details (urge, countersign)', countersignTitle: 'Countersign', countersignDone: 'Countersign complete', countersignAsk: 'Ask for countersign',
  countersignUnits: 'Units', countersignRuleLabel: 'Rule', countersignRequired: 'Units needed (N)',
  countersignAsked: 'Countersign requested.', countersignRule_ALL: () => 'all units agree',
  countersignRule_ANY: () => 'any unit agrees', countersignRule_N_OF_M: (n) => `${n} units agree`,
  roleCOUNTERSIGNER: 'Countersigner', viaCOUNTERSIGN: 'Countersign', actionCOUNTERSIGN_REQUESTED: 'Countersign asked',
  actionCOUNTERSIGNED: 'Countersigned',
  adhocTitle: 'Add / remove a reviewer', adhocHint: 'Add a reviewer right after your step, or remove one added so who has not received the document yet; the standing levels cannot be removed. An opinion is required.',
  adhocReviewer: 'Reviewer to add', adhocOpinion: 'Why', adhocAdd: 'Add reviewer', adhocAdded: 'Reviewer added.',
  adhocNoCandidates: 'Nobody can be added here now.', adhocRemove: 'Remove', adhocRemoveOpinion: (n) => `Why remove ${n}`,
  adhocRemoved: 'Reviewer removed.', adhocOpinionRequired: 'Please give an opinion.', addedBy: (n) => `added (${n})`,
  adhocAct_REVIEWER_ADDED: (a, s) => `${a} added ${s}`, adhocAct_REVIEWER_REMOVED: (a, s) => `${a} removed ${s}`,
  actionREVIEWER_ADDED: 'Reviewer added', actionREVIEWER_REMOVED: 'Reviewer removed',
  navStatistics: 'Statistics', statisticsTitle: 'Archive statistics', perMonth: 'Documents archived per month',
  perUnit: 'Per unit', perKind: 'Per kind', reviewTimes: 'Review time per level',
  reviewTimesHint: 'Dark: median; light: 90th percentile.',
  seconds: (n) => `${n} s`, minutes: (n) => `${n} min`, hours: (n) => `${n} h`, days: (n) => `${n} d`, median: 'Median', asTable: 'As a table',
  colKey: 'Item', colCount: 'Count',
  moved: 'moved passage', noChanges: 'The two versions are the same.', before: 'Before', after: 'After', submittedAs: (r) => `submission ${r}`,
  navDeadLetters: 'Dead letters', deadLettersTitle: 'Dead letters',
  deadLettersHint: 'Messages each service failed to apply and parked on its dead-letter topic (<topic>.dlt). Fix the cause first, then replay per service: in order, stopping at the first that still fails; events already applied take no effect twice.',
  deadLettersEmpty: 'This service has no dead letters.', deadLettersOf: (s) => `Dead letters of ${s}`,
  service_drafting: 'Drafting (drafting-service)', service_review: 'Review (review-service)', service_archive: 'Archive (archive-service)',
  colTopic: 'Topic', colDocumentId: 'Document id (key)', colEventType: 'Event type', colReason: 'Reason', colParkedAt: 'When', colConsumer: 'Consumer',
  replay: 'Replay', replayConfirm: 'Replay now', replayQuestion: (s) => `Replay all dead letters of ${s}?`, replaying: 'Replaying…',
  replayDone: (n, m) => `Replayed ${n}, still failing ${m}.`, replayFirstFailure: 'First failure:',
};

let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';

export function currentLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The text for key; function entries take arguments (counts, names). An unknown key shows itself, never blank;
 * one missing from en shows the zh text (PageTextsTest keeps the two tables and the page's keys in step). */
export function t(key, ...args) {
  const entry = (lang === 'en' ? en : zh)[key] ?? zh[key];
  if (entry === undefined) return key;
  return typeof entry === 'function' ? entry(...args) : entry;
}

/** A problem+json's own message in the current language (message.zh / message.en), else its detail. */
export function problemText(problem) {
  if (!problem) return t('networkError');
  const m = problem.message;
  return (m && (lang === 'en' ? m.en : m.zh)) || problem.detail || problem.title || String(problem.status);
}

export function violationText(v) {
  return (lang === 'en' ? v.messageEn : v.message) || v.message || v.rule;
}

const dateFmt = () => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

/** Instants are UTC on the wire; people read them in Beijing time (docs/architecture.md). */
export function when(instant) {
  return instant ? dateFmt().format(new Date(instant)) : '—';
}

setLang(lang);
