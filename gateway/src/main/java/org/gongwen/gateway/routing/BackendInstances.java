package org.gongwen.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running copies of one service (scheme, host and port of each base URL), taken in turn. Nothing is shared
 * between gateways: each one rotates on its own, which spreads load well enough for a handful of instances.
 */
final class BackendInstances {

    private final String service;
    private final List<URI> instances;
    private final AtomicInteger next = new AtomicInteger();

    BackendInstances(String service, List<URI> instances) {
        if (instances == null || instances.isEmpty()) {
            throw new IllegalArgumentException("no base URL configured for service " + service);
        }
        for (URI instance : instances) {
            if (instance.getScheme() == null || instance.getHost() == null) {
                throw new IllegalArgumentException("service " + service + ": '" + instance
                        + "' is not a base URL such as http://127.0.0.1:8081");
            }
        }
        this.service = service;
        this.instances = List.copyOf(instances);
    }

    String service() {
        return service;
    }

    int size() {
        return instances.size();
    }

    /** Where a new request starts; the next request starts one further, so requests alternate. */
    int firstChoice() {
        return Math.floorMod(next.getAndIncrement(), instances.size());
    }

    /** The instance {@code attempt} steps after {@code firstChoice}, wrapping around the list. */
    URI instance(int firstChoice, int attempt) {
        return instances.get((firstChoice + attempt) % instances.size());
    }
}
