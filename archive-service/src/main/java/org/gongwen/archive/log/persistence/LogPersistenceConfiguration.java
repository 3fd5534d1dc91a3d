package org.gongwen.archive.log.persistence;

import org.gongwen.archive.log.application.AccessLog;
import org.gongwen.archive.log.application.PendingEntries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class LogPersistenceConfiguration {

    /** One bean, both ports: the queue and the integrated log live in the same tables. */
    @Bean
    JdbcLog archiveLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, PendingEntries pending) {
        return new JdbcLog(jdbc, named, pending);
    }

    /** Raised when queued entries commit, awaited by the sequencer (config.LogSequencer). */
    @Bean
    PendingEntries pendingLogEntries() {
        return new PendingEntries();
    }

    /** Reads are logged in a transaction of their own (REQUIRES_NEW): the log entry never waits on, nor dies with, another. */
    @Bean
    AccessLog accessLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new JdbcAccessLog(jdbc, own);
    }
}
