package org.gongwen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.deploy.KustomizationsTest.container;
import static org.gongwen.deploy.KustomizationsTest.id;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Each rendered overlay against the code it deploys: ports, actuator probes, the environment each service reads,
 * the Secrets and volumes its files come from, the addresses in its settings, its autoscaling bounds and its
 * hardening. A manifest that drifts from the services fails here, not in a cluster.
 */
class ManifestsMatchServicesTest {

    private static final ServiceSources SOURCES = ServiceSources.locate();
    /** Variables the JVM or Spring Boot read themselves, not through an application.yml placeholder. */
    private static final List<String> PLATFORM_VARIABLES = List.of("SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS");
    private static final Pattern HEALTH_GROUP = Pattern.compile("management\\.endpoint\\.health\\.group\\.(\\w+)\\.include");
    private static final String PRODUCTION = "overlays/production";
    /** archive-service's token grants (its ServiceTokens; deploy-validation does not depend on the service). */
    private static final String DEV_GRANT = "dev";
    private static final String CLIENT_CREDENTIALS_GRANT = "client_credentials";
    private static final Pattern HOST_PORT = Pattern.compile("^([a-z0-9][a-z0-9.-]*):(\\d+)$");

    /** Each overlay rendered once for all the checks of this class. */
    private static final Map<String, KustomizeBuild.Rendered> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Arguments> servicesOfEachOverlay() {
        return KustomizationsTest.overlays().flatMap(overlay -> {
            KustomizeBuild.Rendered rendered = RENDERED.computeIfAbsent(overlay,
                    o -> KustomizeBuild.render(SOURCES.k8s().resolve(o)));
            return ServiceSources.SERVICES.stream().map(service -> Arguments.of(overlay, service, rendered));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void each_service_has_a_deployment_service_autoscaler_disruption_budget_and_account(
            String overlay, String service, KustomizeBuild.Rendered rendered) {
        Deployment deployment = rendered.named(Deployment.class, service).orElseThrow();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        HorizontalPodAutoscaler autoscaler = rendered.named(HorizontalPodAutoscaler.class, service).orElseThrow();
        PodDisruptionBudget budget = rendered.named(PodDisruptionBudget.class, service).orElseThrow();

        assertThat(deployment.getSpec().getReplicas()).as("the autoscaler owns the replica count").isNull();
        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(rendered.named(Service.class, service).orElseThrow().getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
        assertThat(autoscaler.getSpec().getMinReplicas()).isBetween(1, autoscaler.getSpec().getMaxReplicas());
        assertThat(autoscaler.getSpec().getMetrics()).isNotEmpty();
        assertThat(rendered.named(ServiceAccount.class, deployment.getSpec().getTemplate().getSpec().getServiceAccountName()))
                .as("its ServiceAccount").isPresent();
        if (SOURCES.consumesKafka(service)) {
            String partitions = environment(service, rendered).get("GONGWEN_MESSAGING_PARTITIONS");
            assertThat(autoscaler.getSpec().getMaxReplicas()).as("%s: consumers beyond the topics' partitions sit idle",
                    service).isLessThanOrEqualTo(partitions == null ? SOURCES.topicPartitions(service)
                    : Integer.parseInt(partitions));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void the_container_port_is_the_services_server_port(String overlay, String service, KustomizeBuild.Rendered rendered) {
        Deployment deployment = rendered.named(Deployment.class, service).orElseThrow();
        int port = SOURCES.serverPort(service);
        Service kubernetesService = rendered.named(Service.class, service).orElseThrow();

        assertThat(container(deployment).getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getContainerPort()).isEqualTo(port);
            assertThat(p.getName()).isEqualTo("http");
        });
        assertThat(kubernetesService.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(port);
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });
        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/port", String.valueOf(port))
                .containsEntry("prometheus.io/path", "/actuator/prometheus");
    }

    /** The probes ask for health groups OperationalDefaults defines, on endpoints it exposes. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void probes_use_the_actuator_health_groups_the_services_define(
            String overlay, String service, KustomizeBuild.Rendered rendered) {
        String defaults = SOURCES.operationalDefaults();
        Matcher groups = HEALTH_GROUP.matcher(defaults);
        List<String> defined = groups.results().map(m -> "/actuator/health/" + m.group(1)).toList();
        Container container = container(rendered.named(Deployment.class, service).orElseThrow());

        assertThat(defaults).contains("\"management.endpoint.health.probes.enabled\", \"true\"");
        assertThat(defaults).containsPattern("exposure.include\", \"[^\"]*\\bhealth\\b[^\"]*\\bprometheus\\b");
        assertThat(defined).contains("/actuator/health/liveness", "/actuator/health/readiness");
        assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
        Stream.of(container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe())
                .forEach(p -> assertThat(p.getHttpGet().getPort().getStrVal()).isEqualTo("http"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void every_environment_variable_is_one_the_service_reads(String overlay, String service, KustomizeBuild.Rendered rendered) {
        Map<String, String> environment = environment(service, rendered);
        List<String> read = List.copyOf(SOURCES.variablesReadBy(service));
        List<String> bound = List.copyOf(SOURCES.boundVariablesOf(service));

        assertThat(bound).as("relaxed-binding names found in the sources").isNotEmpty();
        assertThat(environment.keySet()).as("%s sets only what %s reads (its application*.yml)", overlay, service)
                .allMatch(name -> read.contains(name) || bound.contains(name) || PLATFORM_VARIABLES.contains(name)
                                || name.endsWith("_FILE") && read.contains(name.substring(0, name.length() - 5)),
                        "read by " + service + " " + read + " (or its _FILE form: SecretFiles) or bound " + bound);
        Optional.ofNullable(environment.get("SPRING_PROFILES_ACTIVE")).ifPresent(profiles -> {
            for (String profile : profiles.split(",")) {
                assertThat(SOURCES.hasProfile(service, profile.strip()))
                        .as("%s has application-%s.yml", service, profile).isTrue();
            }
        });
    }

    /** A setting that names a file names one a mounted Secret holds, or one the service is told not to need. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void key_files_in_the_environment_come_from_mounted_secrets(
            String overlay, String service, KustomizeBuild.Rendered rendered) {
        Deployment deployment = rendered.named(Deployment.class, service).orElseThrow();
        Map<String, String> environment = environment(service, rendered);
        environment.forEach((name, value) -> {
            if (!value.startsWith("/")) {
                return;
            }
            if (name.equals("GONGWEN_JWT_PUBLIC_KEY") && !environment.getOrDefault("GONGWEN_JWT_JWK_SET_URI", "").isBlank()) {
                return; // a JWK Set URI wins (platform-web JwtDecoders): the key files are not read
            }
            // GONGWEN_JWT_PUBLIC_KEY may list several key files, the current one first (platform-web JwtKeySet)
            for (String file : value.split(",")) {
                Optional<Secret> secret = secretMountedAt(deployment, parentOf(file.strip()), rendered);
                assertThat(secret).as("%s %s=%s: a Secret mounted at %s", overlay, name, value, parentOf(file.strip()))
                        .isPresent();
                assertThat(secret.get().getData()).as("%s %s", id(secret.get()), name).containsKey(fileOf(file.strip()));
                if (name.equals("GONGWEN_ARCHIVE_LOG_KEY")) {
                    assertThat(secret.get().getData()).as("Ed25519CheckpointSigner reads the public key beside it")
                            .containsKey(fileOf(file.strip()) + ".pub");
                }
            }
        });
    }

    /** Every ConfigMap, Secret and volume the pod refers to is in the overlay, unless marked optional. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void everything_the_pod_refers_to_exists(String overlay, String service, KustomizeBuild.Rendered rendered) {
        PodSpec pod = rendered.named(Deployment.class, service).orElseThrow().getSpec().getTemplate().getSpec();
        Container container = container(rendered.named(Deployment.class, service).orElseThrow());
        for (EnvFromSource source : container.getEnvFrom()) {
            assertThat(rendered.named(ConfigMap.class, source.getConfigMapRef().getName())).as(overlay).isPresent();
        }
        container.getEnv().stream().filter(e -> e.getValueFrom() != null).forEach(e -> {
            var reference = e.getValueFrom().getSecretKeyRef();
            assertThat(rendered.named(Secret.class, reference.getName())).as(overlay + " " + e.getName())
                    .hasValueSatisfying(s -> assertThat(s.getData()).containsKey(reference.getKey()));
        });
        List<String> volumes = pod.getVolumes().stream().map(Volume::getName).toList();
        assertThat(container.getVolumeMounts()).extracting(VolumeMount::getName).allMatch(volumes::contains);
        pod.getVolumes().stream().filter(v -> v.getSecret() != null && !Boolean.TRUE.equals(v.getSecret().getOptional()))
                .forEach(v -> assertThat(rendered.named(Secret.class, v.getSecret().getSecretName()))
                        .as("%s: Secret %s", overlay, v.getSecret().getSecretName()).isPresent());
    }

    /** http://name:port and name:port settings (routes, bootstrap servers) name Services of the overlay. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void addresses_in_the_environment_name_services_of_the_overlay(
            String overlay, String service, KustomizeBuild.Rendered rendered) {
        environment(service, rendered).forEach((name, value) -> Address.of(name, value).ifPresent(address -> {
            Service target = rendered.named(Service.class, address.host()).orElse(null);
            assertThat(target).as("%s %s=%s names a Service", overlay, name, value).isNotNull();
            if (address.port() != null && !"ExternalName".equals(target.getSpec().getType())) {
                assertThat(target.getSpec().getPorts()).as("%s %s", overlay, name)
                        .anySatisfy(p -> assertThat(p.getPort()).isEqualTo(address.port()));
            }
        }));
    }

    /** A host (and port) in a setting: {@code http://host:port/...}, {@code host:port}, or a *_HOST value. */
    record Address(String host, Integer port) {

        static Optional<Address> of(String name, String value) {
            if (value.startsWith("http://")) {
                URI uri = URI.create(value);
                return Optional.of(new Address(uri.getHost(), uri.getPort()));
            }
            Matcher hostPort = HOST_PORT.matcher(value);
            if (hostPort.matches()) {
                return Optional.of(new Address(hostPort.group(1), Integer.parseInt(hostPort.group(2))));
            }
            return name.endsWith("_HOST") ? Optional.of(new Address(value, null)) : Optional.empty();
        }
    }

    /**
     * A service that fetches its own token (archive-service, for drafting's attachment files: its ServiceTokens)
     * gets it from an issuer the overlay runs. The dev grant posts a username to the gateway's /dev/token, which
     * only the gateway's profile local answers; an overlay without it, and production in any case, use OAuth 2.0
     * client credentials at the identity provider, the client secret coming from a Secret, never a literal value.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void a_service_token_comes_from_an_issuer_the_overlay_runs(
            String overlay, String service, KustomizeBuild.Rendered rendered) {
        if (!SOURCES.variablesReadBy(service).contains("GONGWEN_TOKEN_GRANT")) {
            return;
        }
        Map<String, String> environment = environment(service, rendered);
        String grant = environment.getOrDefault("GONGWEN_TOKEN_GRANT", DEV_GRANT);
        String tokenUri = environment.getOrDefault("GONGWEN_TOKEN_URI", "");
        String gatewayProfiles = environment("gateway", rendered).getOrDefault("SPRING_PROFILES_ACTIVE", "");
        boolean devIssuerRuns = List.of(gatewayProfiles.split(",")).stream().map(String::strip).anyMatch("local"::equals);
        if (!devIssuerRuns || overlay.equals(PRODUCTION)) {
            assertThat(grant).as("%s: %s's token grant (gateway profiles '%s')", overlay, service, gatewayProfiles)
                    .isEqualTo(CLIENT_CREDENTIALS_GRANT);
        }
        if (grant.equals(DEV_GRANT)) {
            assertThat(tokenUri).as("%s: the dev grant asks the gateway's issuer", overlay).endsWith("/dev/token");
            return;
        }
        assertThat(grant).as("%s: a grant archive-service knows", overlay).isEqualTo(CLIENT_CREDENTIALS_GRANT);
        assertThat(tokenUri).as("%s: the identity provider's token endpoint", overlay)
                .startsWith(overlay.equals(PRODUCTION) ? "https://" : "http").doesNotEndWith("/dev/token");
        assertThat(environment.get("GONGWEN_TOKEN_CLIENT_ID")).as("%s: the client id", overlay).isNotBlank();
        Container container = container(rendered.named(Deployment.class, service).orElseThrow());
        Optional<EnvVar> secret = container.getEnv().stream()
                .filter(e -> e.getName().equals("GONGWEN_TOKEN_CLIENT_SECRET")).findFirst();
        String secretFile = environment.get("GONGWEN_TOKEN_CLIENT_SECRET_FILE");
        if (secretFile != null && !secretFile.isBlank()) {
            // a file path: key_files_in_the_environment_come_from_mounted_secrets checks its Secret is mounted
            assertThat(secretFile).as("%s: GONGWEN_TOKEN_CLIENT_SECRET_FILE", overlay).startsWith("/");
            assertThat(secret).as("%s: a variable set directly would win over its _FILE form", overlay).isEmpty();
            return;
        }
        assertThat(secret).as("%s: GONGWEN_TOKEN_CLIENT_SECRET or its _FILE form", overlay).isPresent();
        assertThat(secret.get().getValue()).as("%s: no literal client secret in a manifest", overlay).isNull();
        var reference = secret.get().getValueFrom().getSecretKeyRef();
        assertThat(reference).as("%s: the client secret comes from a Secret", overlay).isNotNull();
        assertThat(rendered.named(Secret.class, reference.getName())).as("%s: Secret %s", overlay, reference.getName())
                .hasValueSatisfying(s -> assertThat(s.getData()).containsKey(reference.getKey()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesOfEachOverlay")
    void pods_run_hardened_and_shut_down_gracefully(String overlay, String service, KustomizeBuild.Rendered rendered) {
        PodSpec pod = rendered.named(Deployment.class, service).orElseThrow().getSpec().getTemplate().getSpec();
        Container container = container(rendered.named(Deployment.class, service).orElseThrow());

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        String tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .map(VolumeMount::getName).findFirst().orElseThrow();
        assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals(tmp)).singleElement()
                .satisfies(v -> assertThat(v.getEmptyDir()).as("/tmp is writable scratch space").isNotNull());
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getTopologySpreadConstraints()).isNotEmpty();
        List<String> preStop = container.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        // the pause before SIGTERM plus Boot's graceful shutdown (30 s per phase by default) fit in the grace period
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(Long.parseLong(preStop.get(1)) + 30);
    }

    /** The environment of a service's container: its ConfigMaps' keys, then its own env (which wins). */
    private static Map<String, String> environment(String service, KustomizeBuild.Rendered rendered) {
        Container container = container(rendered.named(Deployment.class, service).orElseThrow());
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            rendered.named(ConfigMap.class, source.getConfigMapRef().getName())
                    .ifPresent(configMap -> environment.putAll(configMap.getData()));
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable.getValue() == null ? "" : variable.getValue());
        }
        return environment;
    }

    private static Optional<Secret> secretMountedAt(Deployment deployment, String directory,
                                                    KustomizeBuild.Rendered rendered) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        return container(deployment).getVolumeMounts().stream().filter(m -> m.getMountPath().equals(directory))
                .flatMap(m -> pod.getVolumes().stream().filter(v -> v.getName().equals(m.getName())))
                .filter(v -> v.getSecret() != null).findFirst()
                .flatMap(v -> rendered.named(Secret.class, v.getSecret().getSecretName()));
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static String parentOf(String file) {
        return file.substring(0, file.lastIndexOf('/'));
    }

    private static String fileOf(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
