package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.events.ReviewOrganisationChanged.Member;
import org.gongwen.events.ReviewOrganisationChanged.Unit;
import org.gongwen.registry.circulation.application.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * registry-service keeps the organisation review-service publishes (issue 17) and answers from it on every use: a
 * unit created there is delivered to inside, a person added there is known with role and clearance, and an older
 * state arriving late changes nothing. The states sent here hold the whole demo organisation, so the other ITs
 * sharing this database see the same people and units as before.
 */
class OrganisationReplicaIT extends RegistryServiceIT {

    @Autowired
    People people;

    private static final List<Unit> DEMO_UNITS = List.of(new Unit("SHJZ", "社会救助科"), new Unit("YLFW", "养老服务科"),
            new Unit("BGS", "办公室"), new Unit("JLD", "局领导"), new Unit("DAS", "档案室"));
    private static final List<Member> DEMO_PEOPLE = List.of(
            new Member("zhangwei", "张伟", "SHJZ", "CLERK", "秘密"), new Member("lina", "李娜", "YLFW", "CLERK", "秘密"),
            new Member("qianxiao", "钱晓", "BGS", "CLERK", "秘密"),
            new Member("sunli", "孙立", "BGS", "DEPUTY_DIRECTOR", "机密"),
            new Member("zhaomin", "赵敏", "BGS", "DIRECTOR", "机密"),
            new Member("wangqiang", "王强", "JLD", "CHIEF", "绝密"), new Member("liuyang", "刘洋", "JLD", "CHIEF", "绝密"),
            new Member("zhoushen", "周慎", "DAS", "AUDITOR", "机密"));

    private static ReviewOrganisationChanged state(long version, List<Unit> extraUnits, List<Member> extraPeople) {
        List<Unit> units = new ArrayList<>(DEMO_UNITS);
        units.addAll(extraUnits);
        List<Member> members = new ArrayList<>(DEMO_PEOPLE);
        members.addAll(extraPeople);
        return new ReviewOrganisationChanged(version, Instant.now(), units, members);
    }

    @Test
    void aUnitAndAPersonCreatedInTheOrganisationAreKnownHereAndALateOlderStateChangesNothing() {
        long version = System.currentTimeMillis();
        awaitProcessed(publish(state(version, List.of(new Unit("ZXB", "专项工作办公室")),
                List.of(new Member("xinren", "辛仁", "ZXB", "CLERK", "机密")))));

        DocumentIssued event = issued(null, null, List.of("江城市民政局专项工作办公室"), List.of("社会救助科"));
        distribute(event);
        assertThat(deliveriesOf(event.documentId())).extracting(d -> d.get("unit") + "/" + d.get("route"))
                .containsExactly("ZXB/INTERNAL", "SHJZ/INTERNAL");
        assertThat(people.find("xinren")).hasValueSatisfying(p -> {
            assertThat(p.unit()).isEqualTo("ZXB");
            assertThat(p.roles()).containsExactly("CLERK");
            assertThat(p.clearance().rank()).isGreaterThan(0);
        });

        awaitProcessed(publish(state(version - 1, List.of(), List.of())));
        assertThat(people.find("xinren")).as("the older state was ignored").isPresent();
        assertThat(jdbc.sql("SELECT version FROM organisation_replica").query(Long.class).single()).isEqualTo(version);
    }
}
