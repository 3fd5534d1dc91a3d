package org.gongwen.registry.supervision.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SupervisionPersistenceConfiguration {

    @Bean
    JdbcAssignedMatters assignedMatters(JdbcClient jdbc) {
        return new JdbcAssignedMatters(jdbc);
    }

    @Bean
    JdbcSourceDocuments sourceDocuments(JdbcClient jdbc) {
        return new JdbcSourceDocuments(jdbc);
    }
}
