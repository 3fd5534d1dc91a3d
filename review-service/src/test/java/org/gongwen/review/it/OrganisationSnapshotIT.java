package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.application.OrganisationRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15: the organisation is kept in memory and read again only when its version moves. Any writer's change —
 * another instance, an ADMIN, a migration — is seen at the next use; what a rolled-back change showed is never seen.
 */
class OrganisationSnapshotIT extends ReviewServiceIT {

    @Autowired
    Organisation organisation;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OrganisationRecords records;

    @Test
    void aRowWrittenByAnyWriterIsSeenAtTheNextUse() {
        String username = "clerk-" + UUID.randomUUID();
        assertThat(organisation.at(Instant.now()).members()).doesNotContainKey(username);

        addPerson(username);

        assertThat(organisation.at(Instant.now()).members()).containsKey(username);
    }

    @Test
    void whatARolledBackChangeShowedIsNeverServedAfterIt() {
        String ghost = "ghost-" + UUID.randomUUID();
        String real = "real-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            addPerson(ghost);
            assertThat(organisation.at(Instant.now()).members()).containsKey(ghost);
            status.setRollbackOnly();
        });

        addPerson(real); // the change after a rolled-back one: a reused version number would hide it

        assertThat(organisation.at(Instant.now()).members()).containsKey(real).doesNotContainKey(ghost);
    }

    @Test
    void aTransactionThatChangesTheOrganisationReadsItsOwnChangeAtItsNextUse() {
        String username = "newcomer-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            assertThat(organisation.at(Instant.now()).members()).doesNotContainKey(username);
            records.openPerson(username, "新人", "SHJZ", "CLERK", null, Instant.now().minusSeconds(60));
            assertThat(organisation.at(Instant.now()).members()).containsKey(username);
            status.setRollbackOnly();
        });
        assertThat(organisation.at(Instant.now()).members()).doesNotContainKey(username);
    }

    private void addPerson(String username) {
        jdbc.sql("INSERT INTO people (username, name, unit_code, role, clearance, valid_from) "
                        + "VALUES (?, '临时', 'SHJZ', 'CLERK', NULL, ?)")
                .params(username, Timestamp.from(Instant.now().minusSeconds(60))).update();
    }
}
