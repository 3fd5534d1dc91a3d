package org.gongwen.registry.followup.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class FollowUpPersistenceConfiguration {

    /** The office (gongwen.registry.office-unit) writes the 催办 entries of a 收文's trail and oversees 签收. */
    @Bean
    JdbcFollowUps followUps(JdbcClient jdbc, @Value("${gongwen.registry.office-unit:BGS}") String officeUnit) {
        return new JdbcFollowUps(jdbc, officeUnit);
    }

    @Bean
    JdbcHoldings holdings(JdbcClient jdbc, @Value("${gongwen.registry.office-unit:BGS}") String officeUnit) {
        return new JdbcHoldings(jdbc, officeUnit);
    }
}
