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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Issue 5 "immutability (an UPDATE by the service's role fails)": the service's own connections run as
 * gongwen_archive_app, which holds no UPDATE, DELETE or TRUNCATE on record tables; and the triggers refuse the same
 * to the owner, who bypasses privileges (here a superuser).
 */
class ImmutabilityIT extends ArchiveServiceIT {

    @Autowired
    DataSourceProperties dataSource;

    @Test
    void theServiceRunsAsTheAppRoleNotAsTheOwner() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("gongwen_archive_app");
        assertThat(jdbc.sql("SELECT session_user").query(String.class).single()).isEqualTo(dataSource.getUsername());
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive_records", "archive_corrections", "archive_legal_holds", "archive_log_leaves",
            "archive_log_nodes", "archive_log_checkpoints"})
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
    void evenTheOwnerIsRefusedByTheTriggers() throws SQLException {
        archiveOne();
        try (Connection owner = DriverManager.getConnection(dataSource.getUrl(), dataSource.getUsername(),
                dataSource.getPassword()); Statement statement = owner.createStatement()) {
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
