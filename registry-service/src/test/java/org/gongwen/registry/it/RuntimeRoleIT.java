package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.gongwen.testsupport.RuntimeRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14's least privilege: the service's connections hold rows only (gongwen_registry_app); the login migrates. */
class RuntimeRoleIT extends RegistryServiceIT {

    @Autowired
    DataSource pool;

    @Test
    void theServiceRunsAsItsRuntimeRoleWhichMayNotChangeTheSchema() throws Exception {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("gongwen_registry_app");
        assertThat(RuntimeRole.excesses(pool, "gongwen_registry")).isEmpty();
    }

    @Test
    void theTrailOfAnIncomingDocumentAndTheReportsOfAMatterCannotBeRewrittenByTheService() {
        for (String table : new String[] {"incoming_trail", "matter_reports"}) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE " + table + " SET at = now()").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table).update())
                    .rootCause().hasMessageContaining("permission denied");
        }
    }
}
