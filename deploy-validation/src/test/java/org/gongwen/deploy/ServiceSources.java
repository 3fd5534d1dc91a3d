package org.gongwen.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the manifests are checked against: the repository's own sources, read as files (no service on the test
 * classpath, so none of their Jackson 3 and Spring comes near fabric8's Jackson 2).
 */
final class ServiceSources {

    /** The Deployments, each named after the Maven module it runs. */
    static final List<String> SERVICES = List.of("gateway", "drafting-service", "review-service", "archive-service",
            "registry-service");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern STRING_CONSTANT = Pattern.compile("\"(GONGWEN_[A-Z0-9_]+)\"");
    private static final Pattern PROPERTIES_RECORD = Pattern.compile(
            "@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(([^)]*)\\)");

    final Path root;
    private final Map<String, Set<String>> variablesRead = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> boundVariables = new ConcurrentHashMap<>();

    private ServiceSources(Path root) {
        this.root = root;
    }

    /** The repository root: the nearest directory above the working directory that holds deploy/k8s. */
    static ServiceSources locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s"))) {
                return new ServiceSources(dir);
            }
        }
        throw new IllegalStateException("no deploy/k8s above " + Path.of("").toAbsolutePath());
    }

    Path k8s() {
        return root.resolve("deploy/k8s");
    }

    /** application.yml and every application-<profile>.yml of a service. */
    List<Path> applicationFiles(String service) {
        try (Stream<Path> files = Files.list(root.resolve(service).resolve("src/main/resources"))) {
            return files.filter(f -> f.getFileName().toString().matches("application(-[\\w-]+)?\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hasProfile(String service, String profile) {
        return applicationFiles(service).stream()
                .anyMatch(f -> f.getFileName().toString().matches("application-" + Pattern.quote(profile) + "\\.ya?ml"));
    }

    /**
     * The environment variables a service reads: the {@code ${NAME:...}} placeholders of its application*.yml,
     * and the GONGWEN_* names platform-web's code reads itself (GONGWEN_LOG_FORMAT in OperationalDefaults).
     */
    Set<String> variablesReadBy(String service) {
        return variablesRead.computeIfAbsent(service, this::readVariablesReadBy);
    }

    private Set<String> readVariablesReadBy(String service) {
        Set<String> names = new TreeSet<>();
        applicationFiles(service).forEach(file -> collect(PLACEHOLDER, read(file), names));
        try (Stream<Path> sources = Files.walk(root.resolve("platform-web/src/main/java"))) {
            sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(STRING_CONSTANT, read(f), names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * The environment names Spring Boot's relaxed binding maps onto the {@code @ConfigurationProperties} records a
     * service binds (its own and platform-messaging's): {@code GONGWEN_MESSAGING_REPLICATIONFACTOR} sets
     * {@code gongwen.messaging.replication-factor}.
     */
    Set<String> boundVariablesOf(String service) {
        return boundVariables.computeIfAbsent(service, this::readBoundVariablesOf);
    }

    private Set<String> readBoundVariablesOf(String service) {
        Set<String> names = new TreeSet<>();
        List<Path> sourceRoots = consumesKafka(service)
                ? List.of(root.resolve(service).resolve("src/main/java"), root.resolve("platform-messaging/src/main/java"))
                : List.of(root.resolve(service).resolve("src/main/java"));
        for (Path sourceRoot : sourceRoots) {
            try (Stream<Path> sources = Files.walk(sourceRoot)) {
                sources.filter(f -> f.toString().endsWith(".java")).map(ServiceSources::read).forEach(source -> {
                    Matcher record = PROPERTIES_RECORD.matcher(source);
                    while (record.find()) {
                        String prefix = record.group(1).toUpperCase().replace('.', '_').replace("-", "");
                        componentNames(record.group(2)).forEach(c -> names.add(prefix + "_" + c.toUpperCase()));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** The component names of a record header, splitting only at commas outside generic brackets. */
    private static List<String> componentNames(String header) {
        List<String> names = new java.util.ArrayList<>();
        int depth = 0;
        StringBuilder component = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String[] words = component.toString().strip().split("\\s+");
                names.add(words[words.length - 1]);
                component.setLength(0);
            } else {
                component.append(c);
            }
        }
        return names;
    }

    /** {@code server.port} of a service's application.yml. */
    int serverPort(String service) {
        Matcher port = Pattern.compile("(?m)^server:\\s*\\n\\s+port:\\s*(\\d+)")
                .matcher(read(root.resolve(service).resolve("src/main/resources/application.yml")));
        if (!port.find()) {
            throw new IllegalStateException(service + ": no server.port in application.yml");
        }
        return Integer.parseInt(port.group(1));
    }

    boolean consumesKafka(String service) {
        return read(root.resolve(service).resolve("src/main/resources/application.yml")).contains("messaging:");
    }

    /** platform-messaging's default partitions of each topic (MessagingProperties), unless a service sets its own. */
    int topicPartitions(String service) {
        Matcher own = Pattern.compile("(?m)^\\s+partitions:\\s*(\\d+)")
                .matcher(read(root.resolve(service).resolve("src/main/resources/application.yml")));
        if (own.find()) {
            return Integer.parseInt(own.group(1));
        }
        Matcher fallback = Pattern.compile("partitions = partitions == null \\? (\\d+)").matcher(read(root.resolve(
                "platform-messaging/src/main/java/org/gongwen/platform/messaging/MessagingProperties.java")));
        if (!fallback.find()) {
            throw new IllegalStateException("MessagingProperties no longer defaults partitions as this check expects");
        }
        return Integer.parseInt(fallback.group(1));
    }

    /** The operational defaults every service gets (actuator exposure, health groups), as written in the source. */
    String operationalDefaults() {
        return read(root.resolve("platform-web/src/main/java/org/gongwen/platform/web/ops/OperationalDefaults.java"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
