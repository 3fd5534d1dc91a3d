package org.gongwen.archive.persistence;

import org.gongwen.archive.application.ArchiveRecords;
import org.gongwen.archive.application.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    ArchiveRecords archiveRecords(JdbcClient jdbc, JsonMapper json) {
        return new JdbcArchiveRecords(jdbc, json);
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }
}
