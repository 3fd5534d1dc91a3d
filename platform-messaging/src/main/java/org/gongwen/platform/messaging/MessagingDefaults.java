package org.gongwen.platform.messaging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults a service needs because it uses platform-messaging, at the lowest precedence (its own configuration
 * wins). The platform's Flyway scripts ({@code classpath:db/platform}, versions 0.x) are released after services'
 * own migrations already ran on existing databases, so Flyway must apply them out of order instead of refusing
 * to start with "resolved migration not applied".
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("gongwenMessagingDefaults",
                Map.of("spring.flyway.out-of-order", "true")));
    }
}
