package org.gongwen.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Static instance lists per service, taken in turn with failover on refused connections. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    InstanceBalancingFilter instanceBalancingFilter(ServiceInstancesProperties properties) {
        return new InstanceBalancingFilter(properties.backends());
    }
}
