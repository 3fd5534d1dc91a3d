package org.gongwen.archive.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.gongwen.archive.search.application.RecordQuery;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.springframework.util.MultiValueMap;

/** Turns the list's query string into a {@link RecordQuery}, collecting every bad parameter into one 400. */
final class RecordQueryParameters {

    private final MultiValueMap<String, String> params;
    private final List<Violation> violations = new ArrayList<>();

    private RecordQueryParameters(MultiValueMap<String, String> params) {
        this.params = params;
    }

    static RecordQuery parse(MultiValueMap<String, String> params) {
        return new RecordQueryParameters(params).query();
    }

    private RecordQuery query() {
        Integer year = parsed("year", "一个四位年份", "a 4-digit year", s -> {
            int y = Integer.parseInt(s);
            if (y < 1000 || y > 9999) {
                throw new IllegalArgumentException();
            }
            return y;
        });
        LocalDate from = parsed("from", "ISO 日期（YYYY-MM-DD）", "an ISO date (YYYY-MM-DD)", LocalDate::parse);
        LocalDate to = parsed("to", "ISO 日期（YYYY-MM-DD）", "an ISO date (YYYY-MM-DD)", LocalDate::parse);
        Integer page = parsed("page", "不小于 0 的整数", "an integer >= 0", s -> atLeast(Integer.parseInt(s), 0));
        Integer size = parsed("size", "1 到 " + RecordQuery.MAX_SIZE + " 之间的整数",
                "an integer from 1 to " + RecordQuery.MAX_SIZE, s -> {
                    int n = Integer.parseInt(s);
                    if (n < 1 || n > RecordQuery.MAX_SIZE) {
                        throw new IllegalArgumentException();
                    }
                    return n;
                });
        Retention retention = parsed("retention", "Y、D30 或 D10", "Y, D30 or D10",
                s -> Retention.ofCode(s).orElseThrow(IllegalArgumentException::new));
        Clearance classification = parsed("classification", "非密、秘密、机密或绝密", "非密, 秘密, 机密 or 绝密", s -> {
            Clearance c = Clearance.ofClassification(s);
            if (c == Clearance.TOP_SECRET && !s.equals("绝密")) {
                throw new IllegalArgumentException();
            }
            return c;
        });
        RecordKind kind = parsed("kind", "ISSUED_DOCUMENT、INCOMING 或 ASSIGNED_MATTER",
                "ISSUED_DOCUMENT, INCOMING or ASSIGNED_MATTER", RecordKind::valueOf);
        RecordQuery.Sort sort = parsed("sort", "-archivedAt、archivedAt、-documentDate、documentDate 或 archiveNo",
                "-archivedAt, archivedAt, -documentDate, documentDate or archiveNo", s -> Arrays.stream(
                        RecordQuery.Sort.values()).filter(v -> v.wireName().equals(s)).findFirst()
                        .orElseThrow(IllegalArgumentException::new));
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(Violation.error("query.range", "from", "起始日期晚于截止日期。", "from is after to."));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problems.malformedRequest("invalid query parameters").withViolations(violations));
        }
        return new RecordQuery(params.getFirst("q"), params.getFirst("docType"), params.getFirst("unit"), year, from, to,
                retention, classification, params.getFirst("signer"), params.getFirst("drafter"), kind, sort,
                page == null ? 0 : page, size == null ? RecordQuery.DEFAULT_SIZE : size);
    }

    private <T> T parsed(String name, String expectedZh, String expectedEn, Function<String, T> parser) {
        String raw = params.getFirst(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(Violation.error("query." + name, name, "参数 " + name + " 应为" + expectedZh + "：" + raw,
                    "Parameter " + name + " must be " + expectedEn + ": " + raw));
            return null;
        }
    }

    private static int atLeast(int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException();
        }
        return value;
    }
}
