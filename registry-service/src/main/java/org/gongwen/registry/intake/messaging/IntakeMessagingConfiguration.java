package org.gongwen.registry.intake.messaging;

import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.intake.application.AnsweringIncoming;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeMessagingConfiguration {

    @Bean
    EventHandler replyStartedHandler(AnsweringIncoming answering) {
        return new ReplyStartedHandler(answering);
    }
}
