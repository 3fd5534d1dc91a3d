package org.gongwen.archive.accession.persistence;

import org.gongwen.archive.accession.application.ArchiveIntegrity;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.application.RevisionLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class AccessionPersistenceConfiguration {

    @Bean
    ArchiveRecords archiveRecords(JdbcClient jdbc, JsonMapper json) {
        return new JdbcArchiveRecords(jdbc, json);
    }

    @Bean
    RevisionLinks revisionLinks(JdbcClient jdbc) {
        return new JdbcRevisionLinks(jdbc);
    }

    @Bean
    ArchiveIntegrity archiveIntegrity(JdbcClient jdbc) {
        return new JdbcIntegrity(jdbc, new JdbcRevisionLinks(jdbc));
    }

    @Bean
    ArchivedAttachments archivedAttachments(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        return new JdbcAttachments(jdbc, named);
    }
}
