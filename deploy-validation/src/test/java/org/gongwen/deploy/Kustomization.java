package org.gongwen.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of kustomize's Kustomization that gongwen's overlays use, and that {@link KustomizeBuild} renders. It is
 * read with unknown fields failing: a misspelled field, or a kustomize feature this check does not render
 * (components, labels, replicas, JSON 6902 patches...), stops the build until the check learns it.
 */
record Kustomization(String apiVersion, String kind, String namespace, List<String> resources, List<Image> images,
                     GeneratorOptions generatorOptions, List<SecretGenerator> secretGenerator, List<Patch> patches) {

    static final String FILE_NAME = "kustomization.yaml";

    @JsonCreator
    Kustomization(@JsonProperty(value = "apiVersion", required = true) String apiVersion,
                  @JsonProperty(value = "kind", required = true) String kind,
                  @JsonProperty("namespace") String namespace,
                  @JsonProperty("resources") List<String> resources,
                  @JsonProperty("images") List<Image> images,
                  @JsonProperty("generatorOptions") GeneratorOptions generatorOptions,
                  @JsonProperty("secretGenerator") List<SecretGenerator> secretGenerator,
                  @JsonProperty("patches") List<Patch> patches) {
        if (!"kustomize.config.k8s.io/v1beta1".equals(apiVersion) || !"Kustomization".equals(kind)) {
            throw new IllegalArgumentException("not a kustomize.config.k8s.io/v1beta1 Kustomization: "
                    + apiVersion + "/" + kind);
        }
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.namespace = namespace;
        this.resources = resources == null ? List.of() : resources;
        this.images = images == null ? List.of() : images;
        this.generatorOptions = generatorOptions;
        this.secretGenerator = secretGenerator == null ? List.of() : secretGenerator;
        this.patches = patches == null ? List.of() : patches;
    }

    static Kustomization read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            return KubernetesYaml.MAPPER.readValue(file.toFile(), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Without the hash suffix the Deployments can name the generated Secrets as written. */
    boolean keepsGeneratedNames() {
        return secretGenerator.isEmpty() || generatorOptions != null && generatorOptions.disableNameSuffixHash();
    }

    record Image(@JsonProperty(value = "name", required = true) String name,
                 @JsonProperty("newName") String newName,
                 @JsonProperty("newTag") String newTag) {
    }

    record GeneratorOptions(@JsonProperty("disableNameSuffixHash") boolean disableNameSuffixHash) {
    }

    /** Only {@code files: [key=path]}: the Secret's keys are then visible in the kustomization itself. */
    record SecretGenerator(@JsonProperty(value = "name", required = true) String name,
                           @JsonProperty(value = "files", required = true) List<String> files) {

        String keyOf(String entry) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("secretGenerator " + name + ": write files as key=path, not '"
                        + entry + "'");
            }
            return entry.substring(0, equals);
        }

        String pathOf(String entry) {
            return entry.substring(entry.indexOf('=') + 1);
        }
    }

    /** A strategic-merge patch file naming its target by kind and metadata.name (no target selector). */
    record Patch(@JsonProperty(value = "path", required = true) String path) {
    }
}
