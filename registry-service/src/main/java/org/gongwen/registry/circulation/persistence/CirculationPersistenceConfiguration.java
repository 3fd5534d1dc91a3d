package org.gongwen.registry.circulation.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class CirculationPersistenceConfiguration {

    @Bean
    JdbcCirculations circulations(JdbcClient jdbc) {
        return new JdbcCirculations(jdbc);
    }
}
