package org.gongwen.archive.persistence;

import org.gongwen.archive.application.AccessLog;
import org.gongwen.archive.application.Amendments;
import org.gongwen.archive.application.ArchiveRecords;
import org.gongwen.archive.application.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    Amendments amendments(JdbcClient jdbc) {
        return new JdbcAmendments(jdbc);
    }

    /** One bean, both ports: the queue and the integrated log live in the same tables. */
    @Bean
    JdbcLog archiveLog(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        return new JdbcLog(jdbc, named);
    }

    /** Reads are logged in a transaction of their own (REQUIRES_NEW): the log entry never waits on, nor dies with, another. */
    @Bean
    AccessLog accessLog(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new JdbcAccessLog(jdbc, own);
    }

    @Bean
    org.gongwen.archive.application.Statistics statistics(JdbcClient jdbc) {
        return new JdbcStatistics(jdbc);
    }

    @Bean
    org.gongwen.archive.application.ArchiveIntegrity archiveIntegrity(JdbcClient jdbc) {
        return new JdbcIntegrity(jdbc);
    }

    @Bean
    org.gongwen.archive.application.ArchivedAttachments archivedAttachments(JdbcClient jdbc,
                                                                            NamedParameterJdbcTemplate named) {
        return new JdbcAttachments(jdbc, named);
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }
}
