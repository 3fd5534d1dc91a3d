package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Issue 5 "immutability (an UPDATE by the service's role fails)": the service's own connections run as
 * gongwen_archive_app, which holds no UPDATE, DELETE or TRUNCATE on record tables; the owner (the services' login,
 * not a superuser, as in production) holds none either; and the triggers refuse the same even to a superuser, who
 * bypasses privileges.
 */
class ImmutabilityIT extends ArchiveServiceIT {

    @Autowired
    DataSourceProperties dataSource;

    @Test
    void theServiceRunsAsTheAppRoleNotAsTheOwner() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("gongwen_archive_app");
        assertThat(jdbc.sql("SELECT session_user").query(String.class).single()).isEqualTo(dataSource.getUsername());
        // issue 14: the tests log in as production does, so a permission defect fails here first
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolbypassrls FROM pg_roles WHERE rolname = session_user")
                .query(Boolean.class).single()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive_records", "archive_corrections", "archive_legal_holds", "archive_log_leaves",
            "archive_log_nodes", "archive_log_checkpoints", "archive_renditions"})
    void theServiceRoleCannotUpdateDeleteOrTruncateARecordTable(String table) {
        archiveOne();
        assertThatThrownBy(() -> jdbc.sql("UPDATE " + table + " SET " + firstColumn(table) + " = "
                + firstColumn(table)).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE " + table + " CASCADE").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theServiceRoleCannotGrantItselfBackWhatItLacks() {
        // PostgreSQL only warns ("no privileges were granted"): the privilege stays missing
        jdbc.sql("GRANT UPDATE ON archive_records TO gongwen_archive_app").update();
        assertThat(jdbc.sql("SELECT has_table_privilege('archive_records', 'UPDATE')").query(Boolean.class).single())
                .isFalse();
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE archive_records DISABLE TRIGGER ALL").update())
                .rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void theOwnerMayNotRewriteARecordEither() throws SQLException {
        archiveOne();
        try (Connection owner = DriverManager.getConnection(dataSource.getUrl(), dataSource.getUsername(),
                dataSource.getPassword()); Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE archive_records SET title = 'x'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM archive_records"))
                    .hasMessageContaining("permission denied");
            // V10: the key column stays updatable by the owner only so that foreign keys can lock it; the trigger
            // refuses the update itself
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE archive_records SET document_id = document_id"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void evenASuperuserIsRefusedByTheTriggers() throws SQLException {
        archiveOne();
        try (Connection superuser = TestInfrastructure.postgres().adminConnection("gongwen_archive");
             Statement statement = superuser.createStatement()) {
            // tables that hold rows by now (a DELETE of no rows fires no row trigger)
            for (String table : List.of("archive_records", "archive_log_leaves", "archive_log_nodes",
                    "archive_log_checkpoints")) {
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM " + table))
                        .as(table).hasMessageContaining("append-only");
            }
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE archive_log_nodes"))
                    .hasMessageContaining("append-only");
        }
    }

    private void archiveOne() {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);
        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM archive_log_leaves WHERE entry_id = ?")
                .param(event.documentId()).query(Long.class).single() == 1);
    }

    private String firstColumn(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = ? AND ordinal_position = 1")
                .param(table).query(String.class).single();
    }
}
