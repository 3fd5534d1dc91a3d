// 当前环节: where a draft stands, as the draft list and the draft's own page both say it.
import { t } from '../i18n.js';

/** Where a draft stands, from its chain (current revision) and its return history. */
export function whereIs(draft) {
  switch (draft.status) {
    case 'DRAFT': return t('whereDraft');
    case 'ISSUED': return `${t('whereIssued')} ${draft.documentNumber ?? ''}`.trim();
    case 'ARCHIVED': return `${t('whereArchived')} ${draft.archiveNo ?? ''}`.trim();
    case 'RETURNED': {
      const last = (draft.returnedOpinions ?? []).at(-1);
      return last ? t('whereReturned', last.reviewer?.name ?? '') : t('statusRETURNED');
    }
    case 'IN_REVIEW': {
      const next = (draft.chain ?? []).find((level) => !level.decided);
      return next ? t('whereWaiting', next.reviewer?.name ?? '', t(`role${next.role}`)) : t('statusIN_REVIEW');
    }
    default: return t(`status${draft.status}`);
  }
}
