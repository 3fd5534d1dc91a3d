// The 15 legal kinds (条例 第八条); the per-kind templates themselves come from drafting-service
// (GET /api/drafts/templates/{docType}).
export const DOC_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复',
  '议案', '函', '纪要'];
