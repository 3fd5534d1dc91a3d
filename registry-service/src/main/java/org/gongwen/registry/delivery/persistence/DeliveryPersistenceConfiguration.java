package org.gongwen.registry.delivery.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class DeliveryPersistenceConfiguration {

    @Bean
    JdbcDeliveries deliveries(JdbcClient jdbc) {
        return new JdbcDeliveries(jdbc);
    }
}
