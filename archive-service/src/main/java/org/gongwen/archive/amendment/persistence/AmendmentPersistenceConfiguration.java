package org.gongwen.archive.amendment.persistence;

import org.gongwen.archive.shared.application.Amendments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class AmendmentPersistenceConfiguration {

    @Bean
    Amendments amendments(JdbcClient jdbc) {
        return new JdbcAmendments(jdbc);
    }
}
