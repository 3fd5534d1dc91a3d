package org.gongwen.review.organisation.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.events.Person;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.jspecify.annotations.Nullable;

/**
 * Every row of the organisation tables, history included, as of one {@code organisation_version}: the chart at any
 * instant is then a filter in memory, with the same validity rule as the SQL it replaces
 * ({@link JdbcOrganisation#VALID_AT}: valid_from ≤ at &lt; valid_to, an open row has no valid_to).
 */
record OrganisationRows(long version, List<PersonRow> people, List<PostRow> supervision, List<PostRow> heads,
                        List<SettingRow> settings, List<ActingRow> acting) {

    OrganisationRows {
        people = List.copyOf(people);
        supervision = List.copyOf(supervision);
        heads = List.copyOf(heads);
        settings = List.copyOf(settings);
        acting = List.copyOf(acting);
    }

    record Validity(Instant from, @Nullable Instant to) {
        boolean covers(Instant at) {
            return !from.isAfter(at) && (to == null || to.isAfter(at));
        }
    }

    record PersonRow(OrganisationChart.Member member, Validity validity) {
    }

    record PostRow(String unitCode, String username, Validity validity) {
    }

    record SettingRow(String key, String value, Validity validity) {
    }

    record ActingRow(String username, String actingUsername, Validity validity, @Nullable Instant cancelledAt) {
        boolean standsAt(Instant at) {
            return validity.covers(at) && validity.to() != null && (cancelledAt == null || cancelledAt.isAfter(at));
        }
    }

    OrganisationChart chartAt(Instant at) {
        Map<String, OrganisationChart.Member> members = new LinkedHashMap<>();
        for (PersonRow row : people) {
            if (row.validity().covers(at) && members.put(row.member().username(), row.member()) != null) {
                // the open-row unique index makes this impossible; the SQL it replaces failed the same way
                throw new IllegalStateException("two rows of " + row.member().username() + " valid at " + at);
            }
        }
        Map<String, String> setting = postsAt(settings.stream()
                .map(s -> new PostRow(s.key(), s.value(), s.validity())).toList(), at);
        return new OrganisationChart(members, postsAt(supervision, at), setting.get("office_director"),
                setting.get("signer"), setting.get("agency_code"), postsAt(heads, at));
    }

    Map<String, Person> actingAt(Instant at) {
        Map<String, OrganisationChart.Member> members = chartAt(at).members();
        Map<String, Person> acting = new LinkedHashMap<>();
        for (ActingRow row : this.acting) {
            OrganisationChart.Member actor = members.get(row.actingUsername());
            if (row.standsAt(at) && actor != null) {
                acting.putIfAbsent(row.username(), actor.asPerson());
            }
        }
        return acting;
    }

    private static Map<String, String> postsAt(List<PostRow> rows, Instant at) {
        Map<String, String> posts = new LinkedHashMap<>();
        for (PostRow row : rows) {
            if (row.validity().covers(at)) {
                posts.putIfAbsent(row.unitCode(), row.username());
            }
        }
        return posts;
    }
}
