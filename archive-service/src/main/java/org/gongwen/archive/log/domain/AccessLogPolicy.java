package org.gongwen.archive.log.domain;

import java.util.Optional;
import java.util.Set;

import org.gongwen.kernel.Refusal;

/**
 * Who may read the access log (issue 5): ADMIN, or an AUDITOR — but never about their own reads, so that an auditor
 * cannot check (or learn what others see of) their own traces; a second auditor or the ADMIN does that.
 */
public final class AccessLogPolicy {

    private AccessLogPolicy() {
    }

    /** The scope granted: all readers, or all but oneself; or a refusal. */
    public sealed interface Scope permits Everyone, AllBut, Refused {
    }

    public record Everyone() implements Scope {
    }

    public record AllBut(String excluded) implements Scope {
    }

    public record Refused(Refusal refusal) implements Scope {
    }

    public static Scope scope(String caller, Set<String> roles, Optional<String> readerQueried) {
        if (roles.contains("ADMIN")) {
            return new Everyone();
        }
        if (!roles.contains("AUDITOR")) {
            return new Refused(Refusal.forbidden("access-log-forbidden", "仅系统管理员和审计人员可以查询查档记录。",
                    "Only ADMIN and AUDITOR may query the access log."));
        }
        if (readerQueried.filter(caller::equals).isPresent()) {
            return new Refused(Refusal.forbidden("own-access-log", "审计人员不能查询本人的查档记录，请由另一名审计人员或系统管理员查询。",
                    "An auditor may not query their own reads; another auditor or ADMIN must."));
        }
        return new AllBut(caller);
    }
}
