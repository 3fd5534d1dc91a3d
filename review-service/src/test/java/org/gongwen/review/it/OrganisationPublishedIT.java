package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.EventType;
import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.events.Topics;
import org.gongwen.review.organisation.application.PublishingOrganisation;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The organisation goes out as {@code gongwen.review.organisation-changed.v1} (issue 17: registry-service keeps it):
 * its state at start, every ADMIN change with the change's transaction (through the outbox), a change made by SQL at
 * the next publication, and nothing for a refused change or when nothing changed.
 */
class OrganisationPublishedIT extends ReviewServiceIT {

    @Autowired
    PublishingOrganisation publishing;

    private List<ReviewOrganisationChanged> published(Predicate<ReviewOrganisationChanged> wanted) {
        return TestKafka.read(Topics.REVIEW, r -> ReviewOrganisationChanged.SUBJECT.equals(r.key())
                        && wanted.test(decode(r)), 1, DEADLINE).stream().map(this::decode).toList();
    }

    private ReviewOrganisationChanged decode(ConsumerRecord<String, byte[]> record) {
        return (ReviewOrganisationChanged) codec.decode(record, EventType.REVIEW_ORGANISATION_CHANGED).payload();
    }

    private long version(String table) {
        return jdbc.sql("SELECT version FROM " + table).query(Long.class).single();
    }

    @Test
    void theOrganisationAsItStandsAtStartIsPublished() {
        ReviewOrganisationChanged first = published(o -> o.people().stream()
                .anyMatch(p -> p.username().equals("zhangwei"))).get(0);
        assertThat(first.units()).contains(new ReviewOrganisationChanged.Unit("SHJZ", "社会救助科"));
        assertThat(first.people()).contains(
                new ReviewOrganisationChanged.Member("zhangwei", "张伟", "SHJZ", "CLERK", "秘密"),
                new ReviewOrganisationChanged.Member("wangqiang", "王强", "JLD", "CHIEF", "绝密"));
        assertThat(publishing.publishIfChanged()).as("nothing changed since").isEmpty();
    }

    @Test
    void anAdminChangeIsPublishedWithItsTransaction() {
        String username = "p" + UUID.randomUUID().toString().substring(0, 6);
        web.post().uri("/api/reviews/organisation/people")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "name", "新同事", "unit", "YLFW", "role", "CLERK",
                        "clearance", "秘密"))
                .exchange().expectStatus().isCreated();

        ReviewOrganisationChanged changed = published(o -> o.people().stream()
                .anyMatch(p -> p.username().equals(username))).get(0);
        assertThat(changed.people()).contains(
                new ReviewOrganisationChanged.Member(username, "新同事", "YLFW", "CLERK", "秘密"));
        assertThat(changed.version()).isEqualTo(version("organisation_published"));
        assertThat(version("organisation_published")).isEqualTo(version("organisation_version"));
    }

    @Test
    void aRefusedChangePublishesNothing() {
        long before = version("organisation_published");
        web.post().uri("/api/reviews/organisation/people")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody", "name", "某人", "unit", "NOPE", "role", "BOSS"))
                .exchange().expectStatus().isEqualTo(422);
        assertThat(version("organisation_published")).isEqualTo(before);
    }

    @Test
    void aChangeMadeOutsideTheApiGoesOutWithTheNextPublication() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        jdbc.sql("INSERT INTO units (code, name) VALUES (?, '临时专班')").param(code).update();

        ReviewOrganisationChanged changed = publishing.publishIfChanged().orElseThrow();
        assertThat(changed.units()).contains(new ReviewOrganisationChanged.Unit(code, "临时专班"));
        assertThat(published(o -> o.version() == changed.version())).hasSize(1);
        assertThat(publishing.publishIfChanged()).isEmpty();
    }
}
