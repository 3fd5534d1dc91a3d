package org.gongwen.archive.rendering.persistence;

import org.gongwen.archive.rendering.application.RenderJobs;
import org.gongwen.archive.rendering.application.RenderSignal;
import org.gongwen.archive.rendering.application.StoredRenditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class RenderingPersistenceConfiguration {

    @Bean
    RenderSignal renderSignal() {
        return new RenderSignal();
    }

    @Bean
    RenderJobs renderJobs(JdbcClient jdbc, RenderSignal signal) {
        return new JdbcRenderJobs(jdbc, signal);
    }

    @Bean
    StoredRenditions storedRenditions(JdbcClient jdbc) {
        return new JdbcRenditions(jdbc);
    }
}
