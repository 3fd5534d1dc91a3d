package org.gongwen.gateway.routing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service runs: {@code gongwen.gateway.services.<service>} is one base URL or a comma-separated list
 * of them (GONGWEN_DRAFTING_URL, GONGWEN_REVIEW_URL, GONGWEN_ARCHIVE_URL,
 * GONGWEN_REGISTRY_URL). Routes address a service as
 * {@code backend://<service>}.
 */
@ConfigurationProperties("gongwen.gateway")
public record ServiceInstancesProperties(Map<String, List<String>> services) {

    public ServiceInstancesProperties {
        services = services == null ? Map.of() : services;
    }

    Map<String, BackendInstances> backends() {
        Map<String, BackendInstances> backends = new LinkedHashMap<>();
        services.forEach((service, urls) -> backends.put(service, new BackendInstances(service, urls.stream()
                .map(String::trim).filter(url -> !url.isEmpty()).map(URI::create).toList())));
        return backends;
    }
}
