package org.gongwen.registry.organisation.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class OrganisationPersistenceConfiguration {

    @Bean
    JdbcOrganisationReplica organisationReplica(JdbcClient jdbc, JsonMapper json) {
        return new JdbcOrganisationReplica(jdbc, json);
    }
}
