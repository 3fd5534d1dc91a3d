package org.gongwen.review.organisation.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.gongwen.platform.web.security.Caller;
import org.gongwen.review.organisation.application.ManagingOrganisation.Change;
import org.gongwen.review.organisation.application.ManagingOrganisation;
import org.gongwen.review.organisation.application.OrganisationRecords.Register;
import org.gongwen.review.organisation.application.OrganisationRecords;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.shared.web.RefusalProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * ADMIN's organisation API with history. Reads take {@code asOf} (an instant; default now) and answer the
 * organisation as it stood then; {@code …/history} lists every version. Writes close the current version and open
 * the next (201 for a creation, 200 otherwise, DELETE answers the closed version); refusals are problem+json.
 */
@RestController
@RequestMapping("/api/reviews/organisation")
class OrganisationController {

    private final ManagingOrganisation managing;
    private final OrganisationRecords records;

    OrganisationController(ManagingOrganisation managing) {
        this.managing = managing;
        this.records = managing.records();
    }

    /** The whole organisation as it stood at {@code asOf}. */
    @GetMapping
    Mono<Map<String, Object>> organisation(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, at -> Map.of("asOf", at, "units", records.units(at), "people", records.people(at, null),
                "supervision", records.posts(Register.SUPERVISION, at), "heads", records.posts(Register.HEADS, at),
                "settings", records.settings(at), "acting", records.acting(at, null)));
    }

    // ---- units

    @GetMapping("/units")
    Mono<List<OrganisationRecords.UnitRecord>> units(@AuthenticationPrincipal Jwt jwt,
                                                     @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, records::units);
    }

    @GetMapping("/units/{code}")
    Mono<OrganisationRecords.UnitRecord> unit(@AuthenticationPrincipal Jwt jwt, @PathVariable String code,
                                              @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, at -> single(records.units(at).stream().filter(u -> u.code().equals(code)), "unit", code));
    }

    @GetMapping("/units/{code}/history")
    Mono<List<OrganisationRecords.UnitRecord>> unitHistory(@AuthenticationPrincipal Jwt jwt, @PathVariable String code) {
        return read(jwt, null, at -> nonEmpty(records.unitHistory(code), "unit", code));
    }

    @PostMapping("/units")
    Mono<ResponseEntity<OrganisationRecords.UnitRecord>> createUnit(@AuthenticationPrincipal Jwt jwt,
                                                                    @RequestBody Mono<UnitBody> body) {
        return write(jwt, body, HttpStatus.CREATED, b -> managing.unit(b.code(), b.name(), true));
    }

    @PutMapping("/units/{code}")
    Mono<ResponseEntity<OrganisationRecords.UnitRecord>> changeUnit(@AuthenticationPrincipal Jwt jwt,
                                                                    @PathVariable String code,
                                                                    @RequestBody Mono<UnitBody> body) {
        return write(jwt, body, HttpStatus.OK, b -> managing.unit(code, b.name(), false));
    }

    @DeleteMapping("/units/{code}")
    Mono<ResponseEntity<OrganisationRecords.UnitRecord>> endUnit(@AuthenticationPrincipal Jwt jwt,
                                                                 @PathVariable String code) {
        return write(jwt, Mono.just(code), HttpStatus.OK, managing::endUnit);
    }

    // ---- people

    @GetMapping("/people")
    Mono<List<OrganisationRecords.PersonRecord>> people(@AuthenticationPrincipal Jwt jwt,
                                                        @RequestParam(required = false) String asOf,
                                                        @RequestParam(required = false) String unit) {
        return read(jwt, asOf, at -> records.people(at, unit));
    }

    @GetMapping("/people/{username}")
    Mono<OrganisationRecords.PersonRecord> person(@AuthenticationPrincipal Jwt jwt, @PathVariable String username,
                                                  @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, at -> single(records.people(at, null).stream()
                .filter(p -> p.username().equals(username)), "person", username));
    }

    @GetMapping("/people/{username}/history")
    Mono<List<OrganisationRecords.PersonRecord>> personHistory(@AuthenticationPrincipal Jwt jwt,
                                                               @PathVariable String username) {
        return read(jwt, null, at -> nonEmpty(records.personHistory(username), "person", username));
    }

    @PostMapping("/people")
    Mono<ResponseEntity<OrganisationRecords.PersonRecord>> createPerson(@AuthenticationPrincipal Jwt jwt,
                                                                        @RequestBody Mono<PersonBody> body) {
        return write(jwt, body, HttpStatus.CREATED, b -> managing.createPerson(b.username(), b.name(), b.unit(),
                b.role(), b.clearance()));
    }

    @PutMapping("/people/{username}")
    Mono<ResponseEntity<OrganisationRecords.PersonRecord>> changePerson(@AuthenticationPrincipal Jwt jwt,
                                                                        @PathVariable String username,
                                                                        @RequestBody Mono<PersonBody> body) {
        return write(jwt, body, HttpStatus.OK, b -> managing.changePerson(username,
                new ManagingOrganisation.PersonChange(b.name(), b.unit(), b.role(), b.clearance())));
    }

    @DeleteMapping("/people/{username}")
    Mono<ResponseEntity<OrganisationRecords.PersonRecord>> endPerson(@AuthenticationPrincipal Jwt jwt,
                                                                     @PathVariable String username) {
        return write(jwt, Mono.just(username), HttpStatus.OK, managing::endPerson);
    }

    // ---- 分管 (supervision) and unit heads: /{post} = supervision | heads, keyed by unit

    @GetMapping("/{post:supervision|heads}")
    Mono<List<OrganisationRecords.PostRecord>> posts(@AuthenticationPrincipal Jwt jwt, @PathVariable String post,
                                                     @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, at -> records.posts(register(post), at));
    }

    @GetMapping("/{post:supervision|heads}/{unit}")
    Mono<OrganisationRecords.PostRecord> post(@AuthenticationPrincipal Jwt jwt, @PathVariable String post,
                                              @PathVariable String unit, @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, at -> single(records.posts(register(post), at).stream()
                .filter(p -> p.unit().equals(unit)), post, unit));
    }

    @GetMapping("/{post:supervision|heads}/{unit}/history")
    Mono<List<OrganisationRecords.PostRecord>> postHistory(@AuthenticationPrincipal Jwt jwt, @PathVariable String post,
                                                           @PathVariable String unit) {
        return read(jwt, null, at -> nonEmpty(records.postHistory(register(post), unit), post, unit));
    }

    @PostMapping("/{post:supervision|heads}")
    Mono<ResponseEntity<OrganisationRecords.PostRecord>> createPost(@AuthenticationPrincipal Jwt jwt,
                                                                    @PathVariable String post,
                                                                    @RequestBody Mono<PostBody> body) {
        return write(jwt, body, HttpStatus.CREATED, b -> managing.post(register(post), b.unit(), b.username(), true));
    }

    @PutMapping("/{post:supervision|heads}/{unit}")
    Mono<ResponseEntity<OrganisationRecords.PostRecord>> changePost(@AuthenticationPrincipal Jwt jwt,
                                                                    @PathVariable String post, @PathVariable String unit,
                                                                    @RequestBody Mono<PostBody> body) {
        return write(jwt, body, HttpStatus.OK, b -> managing.post(register(post), unit, b.username(), false));
    }

    @DeleteMapping("/{post:supervision|heads}/{unit}")
    Mono<ResponseEntity<OrganisationRecords.PostRecord>> endPost(@AuthenticationPrincipal Jwt jwt,
                                                                 @PathVariable String post, @PathVariable String unit) {
        return write(jwt, Mono.just(unit), HttpStatus.OK, u -> managing.endPost(register(post), u));
    }

    // ---- settings: office_director (办公室主任), signer (签发的主要负责人), agency_code (代字)

    @GetMapping("/settings")
    Mono<List<OrganisationRecords.SettingRecord>> settings(@AuthenticationPrincipal Jwt jwt,
                                                           @RequestParam(required = false) String asOf) {
        return read(jwt, asOf, records::settings);
    }

    @GetMapping("/settings/{key}/history")
    Mono<List<OrganisationRecords.SettingRecord>> settingHistory(@AuthenticationPrincipal Jwt jwt,
                                                                 @PathVariable String key) {
        return read(jwt, null, at -> nonEmpty(records.settingHistory(key), "setting", key));
    }

    @PutMapping("/settings/{key}")
    Mono<ResponseEntity<OrganisationRecords.SettingRecord>> changeSetting(@AuthenticationPrincipal Jwt jwt,
                                                                          @PathVariable String key,
                                                                          @RequestBody Mono<SettingBody> body) {
        return write(jwt, body, HttpStatus.OK, b -> managing.setting(key, b.value()));
    }

    // ---- acting periods (代理), addressed by id

    @GetMapping("/acting")
    Mono<List<OrganisationRecords.ActingRecord>> acting(@AuthenticationPrincipal Jwt jwt,
                                                        @RequestParam(required = false) String asOf,
                                                        @RequestParam(required = false) String username,
                                                        @RequestParam(defaultValue = "false") boolean all) {
        return read(jwt, asOf, at -> records.acting(all ? null : at, username));
    }

    @GetMapping("/acting/{id}")
    Mono<OrganisationRecords.ActingRecord> actingPeriod(@AuthenticationPrincipal Jwt jwt, @PathVariable long id) {
        return read(jwt, null, at -> single(records.actingPeriod(id).stream(), "acting period", String.valueOf(id)));
    }

    @PostMapping("/acting")
    Mono<ResponseEntity<OrganisationRecords.ActingRecord>> startActing(@AuthenticationPrincipal Jwt jwt,
                                                                       @RequestBody Mono<ActingBody> body) {
        return write(jwt, body, HttpStatus.CREATED, b -> managing.startActing(b.username(), b.acting(), b.validFrom(),
                b.validTo()));
    }

    @PutMapping("/acting/{id}")
    Mono<ResponseEntity<OrganisationRecords.ActingRecord>> changeActing(@AuthenticationPrincipal Jwt jwt,
                                                                        @PathVariable long id,
                                                                        @RequestBody Mono<ActingBody> body) {
        return write(jwt, body, HttpStatus.OK, b -> managing.changeActing(id,
                new ManagingOrganisation.ActingChange(b.acting(), b.validFrom(), b.validTo())));
    }

    @DeleteMapping("/acting/{id}")
    Mono<ResponseEntity<OrganisationRecords.ActingRecord>> endActing(@AuthenticationPrincipal Jwt jwt,
                                                                     @PathVariable long id) {
        return write(jwt, Mono.just(id), HttpStatus.OK, managing::endActing);
    }

    record UnitBody(String code, String name) {
    }

    record PersonBody(String username, String name, String unit, String role, String clearance) {
    }

    record PostBody(String unit, String username) {
    }

    record SettingBody(String value) {
    }

    record ActingBody(String username, String acting, Instant validFrom, Instant validTo) {
    }

    private static Register register(String post) {
        return "heads".equals(post) ? Register.HEADS : Register.SUPERVISION;
    }

    private <T> Mono<T> read(Jwt jwt, String asOf, Function<Instant, T> query) {
        admin(jwt);
        Instant at = asOf == null ? managing.now() : parse(asOf);
        return blocking(() -> query.apply(at));
    }

    private <B, T> Mono<ResponseEntity<T>> write(Jwt jwt, Mono<B> body, HttpStatus status,
                                                 Function<B, Change<T>> change) {
        admin(jwt);
        return body.switchIfEmpty(Mono.error(() -> new ProblemException(Problems.malformedRequest("a body is required"))))
                .flatMap(b -> blocking(() -> {
                    Change<T> outcome = change.apply(b);
                    if (outcome instanceof Change.Refused<T> refused) {
                        throw refused(refused.refusals());
                    }
                    return ResponseEntity.status(status).body(((Change.Done<T>) outcome).record());
                }));
    }

    private static void admin(Jwt jwt) {
        if (!Caller.from(jwt).hasRole("ADMIN")) {
            throw new ProblemException(Problems.forbidden("只有系统管理员可以管理组织数据。",
                    "Only ADMIN manages the organisation data.").with("reason", "not-admin"));
        }
    }

    private static Instant parse(String asOf) {
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problems.malformedRequest("asOf must be an ISO-8601 instant"));
        }
    }

    private static <T> T single(java.util.stream.Stream<T> rows, String what, String key) {
        return rows.findFirst().orElseThrow(() -> notFound(what, key));
    }

    private static <T> List<T> nonEmpty(List<T> rows, String what, String key) {
        if (rows.isEmpty()) {
            throw notFound(what, key);
        }
        return rows;
    }

    private static ProblemException notFound(String what, String key) {
        return new ProblemException(Problems.notFound("组织数据中没有 " + what + "：" + key,
                "No " + what + " " + key + " in the organisation at that time.").with("reason", "not-found"));
    }

    /** One 404 if the thing changed does not exist; otherwise one 422 naming every violated field. */
    private static ProblemException refused(List<Refusal> refusals) {
        Refusal first = refusals.get(0);
        if (first.kind() != Refusal.Kind.RULE_VIOLATION) {
            return RefusalProblems.refusal(first);
        }
        String zh = String.join("；", refusals.stream().map(Refusal::messageZh).toList());
        String en = String.join("; ", refusals.stream().map(Refusal::messageEn).toList());
        Problem problem = Problem.of(422, first.code(), "Rule violation", zh, en).withViolations(refusals.stream()
                .flatMap(r -> r.violations().stream()).map(Violation::of).toList());
        return new ProblemException(problem.with("reason", first.code()));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }
}
