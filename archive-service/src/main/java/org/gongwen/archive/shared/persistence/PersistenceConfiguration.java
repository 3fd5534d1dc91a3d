package org.gongwen.archive.shared.persistence;

import org.gongwen.archive.shared.application.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The transaction port every slice's use cases share; each slice's persistence wires its own stores. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }
}
