package org.gongwen.archive.shared.domain;

/**
 * What a 件 in the archive is (issue 17): an issued document of ours (发文), a 收文 with its handling, or a leader's
 * 交办事项 with its 督办. One record model for all three: the same 档号 scheme, log, search, clearance, export and
 * 四性 checks; each kind has its own class (机构(问题) code) and the particulars its kind needs.
 */
public enum RecordKind {
    ISSUED_DOCUMENT, INCOMING, ASSIGNED_MATTER
}
