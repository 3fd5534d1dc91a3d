package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.gongwen.testsupport.RuntimeRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: the service's connections hold rows only (gongwen_drafting_app); the login alone migrates. */
class RuntimeRoleIT extends DraftingServiceIT {

    @Autowired
    DataSource pool;

    @Test
    void theServiceRunsAsItsRuntimeRoleWhichMayNotChangeTheSchema() throws Exception {
        assertThat(RuntimeRole.excesses(pool, "gongwen_drafting")).isEmpty();
    }
}
