package org.gongwen.registry.intake.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class IntakePersistenceConfiguration {

    @Bean
    JdbcIncomingDocuments incomingDocuments(JdbcClient jdbc) {
        return new JdbcIncomingDocuments(jdbc);
    }

    @Bean
    JdbcReplyDrafts replyDrafts(JdbcClient jdbc) {
        return new JdbcReplyDrafts(jdbc);
    }
}
