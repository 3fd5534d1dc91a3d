package org.gongwen.archive.web;

import java.util.concurrent.Callable;

import org.gongwen.archive.application.ConsultingArchive;
import org.gongwen.archive.application.ConsultingArchive.Consultation;
import org.gongwen.archive.domain.Clearance;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** 查档 over HTTP: AUDITOR and CHIEF only, and never beyond the caller's 密级 clearance. */
@RestController
@RequestMapping("/api/archive/records")
class ArchiveRecordsController {

    private final ConsultingArchive consulting;

    ArchiveRecordsController(ConsultingArchive consulting) {
        this.consulting = consulting;
    }

    @GetMapping
    Mono<RecordViews.Page> list(@AuthenticationPrincipal Jwt jwt, @RequestParam MultiValueMap<String, String> params) {
        ConsultingArchive.Reader reader = reader(jwt);
        return blocking(() -> RecordViews.of(
                answer(consulting.search(reader, () -> RecordQueryParameters.parse(params)), "records")));
    }

    @GetMapping("/{documentId}")
    Mono<RecordViews.Record> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        ConsultingArchive.Reader reader = reader(jwt);
        return blocking(() -> RecordViews.of(answer(consulting.open(reader, documentId), documentId)));
    }

    static ConsultingArchive.Reader reader(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new ConsultingArchive.Reader(caller.username(), caller.name(), caller.roles(),
                Clearance.ofReader(caller.clearance()));
    }

    static <T> T answer(Consultation<T> consultation, String what) {
        if (consultation instanceof ConsultingArchive.Answer<T> answer) {
            return answer.value();
        }
        if (consultation instanceof ConsultingArchive.Denied<T>) {
            throw new ProblemException(Problems.forbidden("仅档案/审计人员和局长可以查阅档案。",
                    "Only AUDITOR and CHIEF may consult the archive."));
        }
        throw new ProblemException(Problems.notFound("档案中没有该文件：" + what, "No archive record " + what));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
