package org.gongwen.archive.search.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;

/**
 * 归档文件目录 of one class (年度, 保管期限, 机构) per DA/T 22-2015 (reference.md §3.2): 序号, 档号, 文号 (blank if
 * none), 责任者 (the issuing organ or signer, not the drafting section), 题名, 日期 as 8 digits YYYYMMDD, 密级 as
 * marked (blank if none), 页数, 备注 — in 件号 order. 页数 and 备注 are the corrected values (the record never changes).
 */
public final class Catalogue {

    public record Entry(int serial, String archiveNo, String documentNumber, String responsible, String title,
                        String date, String classification, Integer pageCount, String note) {
    }

    /** The 归档章 of a record: 全宗号 年度 件号 / 机构 保管期限 页数 (机构 optional in the standard, always set here). */
    public record Stamp(String fonds, int year, String itemNo, String unit, String retention, Integer pageCount) {

        public static Stamp of(ArchiveRecord r, RecordMetadata metadata) {
            return new Stamp(r.archiveNo().fonds(), r.year(), String.format("%04d", r.archiveNo().itemNo()), r.unit(),
                    metadata.retention().label(), metadata.pageCount());
        }
    }

    private Catalogue() {
    }

    /** {@code records} in any order; {@code metadata} by document id (absent = as archived). */
    public static List<Entry> of(List<ArchiveRecord> records, Map<String, RecordMetadata> metadata) {
        List<ArchiveRecord> ordered = new ArrayList<>(records);
        ordered.sort(java.util.Comparator.comparingInt(r -> r.archiveNo().itemNo()));
        List<Entry> entries = new ArrayList<>();
        for (ArchiveRecord r : ordered) {
            RecordMetadata m = metadata.getOrDefault(r.documentId(),
                    new RecordMetadata(r.retention(), null, null, false));
            entries.add(new Entry(entries.size() + 1, r.archiveNo().format(), blankIfNull(r.documentNumber()),
                    blankIfNull(r.responsible()), blankIfNull(r.content().title()),
                    r.documentDate() == null ? "" : r.documentDate().format(DateTimeFormatter.BASIC_ISO_DATE),
                    blankIfNull(r.content().classification()), m.pageCount(), blankIfNull(m.note())));
        }
        return entries;
    }

    /** The 目录 as CSV (RFC 4180, UTF-8 with BOM so that spreadsheet programs read the Chinese correctly). */
    public static String csv(List<Entry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF序号,档号,文号,责任者,题名,日期,密级,页数,备注\r\n");
        for (Entry e : entries) {
            out.append(e.serial()).append(',').append(cell(e.archiveNo())).append(',').append(cell(e.documentNumber()))
                    .append(',').append(cell(e.responsible())).append(',').append(cell(e.title())).append(',')
                    .append(e.date()).append(',').append(cell(e.classification())).append(',')
                    .append(e.pageCount() == null ? "" : e.pageCount()).append(',').append(cell(e.note()))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        // a leading =, +, -, @ would be a formula to a spreadsheet: neutralise it
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
