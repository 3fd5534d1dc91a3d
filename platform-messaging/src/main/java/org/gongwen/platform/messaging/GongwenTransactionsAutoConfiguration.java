package org.gongwen.platform.messaging;

import org.gongwen.kernel.Transactions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/** Every service's {@link Transactions} port, one way: {@link SpringTransactions} on the context's template. */
@AutoConfiguration(after = DataSourceTransactionManagerAutoConfiguration.class)
public class GongwenTransactionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Transactions.class)
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }
}
