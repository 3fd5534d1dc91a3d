package org.gongwen.archive.statistics.persistence;

import org.gongwen.archive.statistics.application.Statistics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class StatisticsPersistenceConfiguration {

    @Bean
    Statistics statistics(JdbcClient jdbc) {
        return new JdbcStatistics(jdbc);
    }
}
