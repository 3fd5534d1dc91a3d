package org.gongwen.drafting.draft.web;

import java.util.List;

import org.gongwen.drafting.draft.domain.DraftInputRules;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.drafting.template.domain.DraftTemplate;
import org.gongwen.drafting.template.domain.DraftTemplates;
import org.gongwen.events.DocumentContent;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Per-kind templates (contract addition): the skeleton a new draft of each 文种 starts from. */
@RestController
@RequestMapping("/api/drafts/templates")
class TemplateController {

    private final DraftTemplates templates;

    TemplateController(DraftTemplates templates) {
        this.templates = templates;
    }

    /** A template on the wire: what the kind is for, its usual direction, what it requires, the skeleton. */
    record TemplateView(String docType, java.util.Map<String, String> usedFor, String usualDirection,
                        List<String> required, DocumentContent draft) {
        static TemplateView of(DraftTemplate t) {
            return new TemplateView(t.docType(), java.util.Map.of("zh", t.usedForZh(), "en", t.usedForEn()),
                    t.usualDirection(), t.required(), t.skeleton());
        }
    }

    @GetMapping
    List<TemplateView> all(@AuthenticationPrincipal Jwt jwt) {
        return templates.all(DraftController.actor(jwt).name()).stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{docType}")
    TemplateView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String docType) {
        return templates.of(docType, DraftController.actor(jwt).name()).map(TemplateView::of)
                .orElseThrow(() -> new ProblemException(Problem.of(404, "template-not-found", "Not found",
                        "没有“" + docType + "”的模板：文种须是法定的15种之一。",
                        "No template for \"" + docType + "\": docType is one of the 15 legal kinds.")
                        .with("docTypes", DocType.terms())));
    }

    /** The skeleton a create names with {@code template}; an unknown kind, or one contradicting docType, is 400. */
    static DocumentContent skeleton(DraftTemplates templates, DraftRequest request, Actor drafter) {
        String kind = request.template();
        if (request.docType() != null && !request.docType().equals(kind)) {
            throw invalid("模板“" + kind + "”与文种“" + request.docType() + "”不一致。",
                    "template " + kind + " contradicts docType " + request.docType() + ".");
        }
        return templates.of(kind, drafter.name()).map(DraftTemplate::skeleton).orElseThrow(() -> invalid(
                "模板须是法定的15种文种之一：" + String.join("、", DocType.terms()),
                "template must be one of the 15 legal kinds: " + String.join(", ", DocType.terms())));
    }

    private static ProblemException invalid(String zh, String en) {
        return new ProblemException(Refusals.problem(DraftInputRules.invalid(
                List.of(RuleViolation.error("field.enum", "template", zh, en)))));
    }
}
