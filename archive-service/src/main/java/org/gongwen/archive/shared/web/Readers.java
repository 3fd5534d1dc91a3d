package org.gongwen.archive.shared.web;

import java.util.concurrent.Callable;

import org.gongwen.archive.shared.application.Consultation;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.domain.ArchiveAccess;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.kernel.Refusal;
import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** What every archive endpoint needs: who calls, the role gate, the 404 that hides, blocking work off the loop. */
public final class Readers {

    private Readers() {
    }

    public static Clearance clearance(Jwt jwt) {
        return Clearance.ofReader(Caller.from(jwt).clearance());
    }

    public static Reader reader(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new Reader(caller.username(), caller.name(), caller.roles(), Clearance.ofReader(caller.clearance()));
    }

    /** The answer's value, or the problem a refusal or an unknown record is shown as. */
    public static <T> T answer(Consultation<T> consultation, String what) {
        if (consultation instanceof Consultation.Answer<T> answer) {
            return answer.value();
        }
        if (consultation instanceof Consultation.Denied<T>) {
            throw forbidden();
        }
        throw notFound(what);
    }

    /** The role gate's answer: only AUDITOR and CHIEF consult the archive. */
    public static ProblemException forbidden() {
        return new ProblemException(Problems.forbidden("仅档案/审计人员和局长可以查阅档案。",
                "Only AUDITOR and CHIEF may consult the archive."));
    }

    /** AUDITOR and CHIEF only; checked before anything else is read. */
    public static void requireConsulting(Jwt jwt) {
        if (!ArchiveAccess.mayConsult(Caller.from(jwt).roles())) {
            throw forbidden();
        }
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problems.notFound("档案中没有该文件：" + what, "No archive record " + what));
    }

    /** A business refusal: 403 when it is about who asks, 409 about the record's state, 422 about what is asked. */
    public static ProblemException refused(Refusal refusal) {
        String title = switch (refusal.kind()) {
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "Conflict";
            default -> "Unprocessable";
        };
        return new ProblemException(Problems.refused(refusal, title));
    }

    public static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }
}
