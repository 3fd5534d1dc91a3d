package org.gongwen.drafting.config;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's 实施细则 for the format check ({@code gongwen.drafting.format.*}): per-rule severities
 * (rule key → ERROR | WARNING | OFF) and the organisation the 行文规则 are judged against.
 */
@ConfigurationProperties("gongwen.drafting.format")
record FormatProperties(Map<String, String> severities, Org organisation) {

    FormatProperties {
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        organisation = organisation == null ? new Org(null, null, null) : organisation;
    }

    record Org(String name, List<String> superiors, List<String> higherOrgans) {
    }
}
