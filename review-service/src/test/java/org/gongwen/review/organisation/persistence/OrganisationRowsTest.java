package org.gongwen.review.organisation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.gongwen.events.Person;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.review.organisation.persistence.OrganisationRows.ActingRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.PersonRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.PostRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.SettingRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.Validity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The in-memory organisation answers exactly as the SQL it replaced: a row holds from valid_from, until valid_to. */
class OrganisationRowsTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2026-06-01T00:00:00Z");

    static Validity from(Instant from, @Nullable Instant to) {
        return new Validity(from, to);
    }

    static PersonRow person(String username, String unit, Validity validity) {
        return new PersonRow(new OrganisationChart.Member(username, username + "名", unit, "CLERK", null), validity);
    }

    final OrganisationRows rows = new OrganisationRows(7,
            List.of(person("sunli", "BGS", from(T0, T1)), person("sunli", "YLFW", from(T1, null)),
                    person("zhaomin", "BGS", from(T0, null)), person("wangqiang", "JLD", from(T0, null))),
            List.of(new PostRow("SHJZ", "sunli", from(T0, T1)), new PostRow("SHJZ", "zhaomin", from(T1, null))),
            List.of(new PostRow("SHJZ", "zhaomin", from(T2, null))),
            List.of(new SettingRow("signer", "wangqiang", from(T0, null)),
                    new SettingRow("agency_code", "江民发", from(T0, T1)),
                    new SettingRow("agency_code", "江民函", from(T1, null))),
            List.of(new ActingRow("wangqiang", "zhaomin", from(T1, T2), null),
                    new ActingRow("zhaomin", "sunli", from(T0, T2), T1)));

    @Test
    void aRowHoldsFromItsValidFromInclusiveUntilItsValidToExclusive() {
        assertThat(rows.chartAt(T1.minusMillis(1)).members().get("sunli").unit()).isEqualTo("BGS");
        assertThat(rows.chartAt(T1).members().get("sunli").unit()).isEqualTo("YLFW");
        assertThat(rows.chartAt(T0.minusMillis(1)).members()).isEmpty();
    }

    @Test
    void postsAndSettingsAreThoseValidAtTheInstant() {
        OrganisationChart before = rows.chartAt(T0);
        OrganisationChart after = rows.chartAt(T2);

        assertThat(before.deputyByUnit()).containsEntry("SHJZ", "sunli");
        assertThat(before.agencyCode()).isEqualTo("江民发");
        assertThat(before.headByUnit()).isEmpty();
        assertThat(after.deputyByUnit()).containsEntry("SHJZ", "zhaomin");
        assertThat(after.agencyCode()).isEqualTo("江民函");
        assertThat(after.headByUnit()).containsEntry("SHJZ", "zhaomin");
        assertThat(after.signer()).isEqualTo("wangqiang");
    }

    @Test
    void anActingAssignmentStandsWithinItsPeriodUntilCancelledWithThePersonAsTheyWereThen() {
        assertThat(rows.actingAt(T0)).containsOnlyKeys("zhaomin")
                .containsEntry("zhaomin", new Person("sunli", "sunli名", "BGS"));
        // cancelled at T1: from then on it no longer stands; wangqiang's own assignment begins at T1
        assertThat(rows.actingAt(T1)).containsOnlyKeys("wangqiang")
                .containsEntry("wangqiang", new Person("zhaomin", "zhaomin名", "BGS"));
        assertThat(rows.actingAt(T2)).isEmpty();
    }
}
