package org.gongwen.platform.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class OperationalDefaultsTest {

    @Test
    void defaultsHaveTheLowestPrecedenceSoAnyApplicationSettingWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("management.endpoints.web.exposure.include", "health")));

        new OperationalDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().stream().reduce((a, b) -> b).orElseThrow().getName())
                .isEqualTo(OperationalDefaults.SOURCE_NAME);
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.0");
    }

    @Test
    void operatorsGetPrometheusMetricsAndDeadLettersAndProbeGroups() {
        Map<String, Object> defaults = OperationalDefaults.defaults(null);

        assertThat(defaults.get("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus,metrics,deadletters");
        assertThat(defaults.get("management.endpoint.health.group.liveness.include")).isEqualTo("livenessState");
        assertThat(defaults.get("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,db,messaging");
        assertThat(defaults).doesNotContainKey("logging.structured.format.console");
    }

    @Test
    void jsonLogFormatSwitchesTheConsoleToStructuredEcsLines() {
        assertThat(OperationalDefaults.defaults(" JSON ")).containsEntry("logging.structured.format.console", "ecs");
        assertThat(OperationalDefaults.defaults("text")).doesNotContainKey("logging.structured.format.console");
    }
}
