package org.gongwen.archive.search.persistence;

import org.gongwen.archive.search.application.RecordSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SearchPersistenceConfiguration {

    @Bean
    RecordSearch recordSearch(JdbcClient jdbc, JsonMapper json) {
        return new JdbcRecordSearch(jdbc, json);
    }
}
