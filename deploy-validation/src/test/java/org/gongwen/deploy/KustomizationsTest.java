package org.gongwen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/** The kustomizations name files that exist, and each overlay renders the way kustomize would render it. */
class KustomizationsTest {

    private static final ServiceSources SOURCES = ServiceSources.locate();

    static Stream<String> kustomizations() {
        return KubernetesYaml.yamlFilesUnder(SOURCES.k8s()).stream()
                .filter(f -> f.getFileName().toString().equals(Kustomization.FILE_NAME))
                .map(f -> SOURCES.k8s().relativize(f.getParent()).toString());
    }

    static Stream<String> overlays() {
        return kustomizations().filter(k -> k.startsWith("overlays/"));
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void every_resource_and_patch_a_kustomization_names_exists(String directory) {
        Path dir = SOURCES.k8s().resolve(directory);
        Kustomization kustomization = Kustomization.read(dir);
        kustomization.resources().forEach(r -> assertThat(dir.resolve(r)).as(directory + ": resource").exists());
        kustomization.patches().forEach(p -> assertThat(dir.resolve(p.path())).as(directory + ": patch").isRegularFile());
    }

    /**
     * Secret material is never committed: a secretGenerator's file is either there (made by create-secrets.sh) or
     * under the overlay's gitignored secrets/ and named in docs/kubernetes.md, so an operator knows to provide it.
     */
    @ParameterizedTest
    @MethodSource("kustomizations")
    void secret_files_are_gitignored_and_documented(String directory) {
        Path dir = SOURCES.k8s().resolve(directory);
        Kustomization kustomization = Kustomization.read(dir);
        String gitignore = ServiceSources.read(SOURCES.k8s().resolve(".gitignore"));
        String docs = ServiceSources.read(SOURCES.root.resolve("docs/kubernetes.md"));
        assertThat(kustomization.keepsGeneratedNames())
                .as(directory + ": generated Secrets keep the names the Deployments use (disableNameSuffixHash)")
                .isTrue();
        for (Kustomization.SecretGenerator generator : kustomization.secretGenerator()) {
            for (String entry : generator.files()) {
                String path = generator.pathOf(entry);
                assertThat(path).as(directory + ": " + generator.name() + " reads from secrets/").startsWith("secrets/");
                assertThat(docs).as("docs/kubernetes.md names " + path).contains(path.substring("secrets/".length()));
            }
        }
        if (!kustomization.secretGenerator().isEmpty()) {
            assertThat(gitignore.lines()).as("deploy/k8s/.gitignore keeps secret files out of git")
                    .contains("overlays/*/secrets/");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_overlay_renders_into_its_own_namespace(String overlay) {
        Kustomization kustomization = Kustomization.read(SOURCES.k8s().resolve(overlay));
        KustomizeBuild.Rendered rendered = KustomizeBuild.render(SOURCES.k8s().resolve(overlay));

        assertThat(kustomization.namespace()).as(overlay + " sets a namespace").isNotBlank();
        assertThat(rendered.all(Namespace.class)).extracting(n -> n.getMetadata().getName())
                .containsExactly(kustomization.namespace());
        assertThat(rendered.objects()).filteredOn(o -> !(o instanceof Namespace))
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).as(id(o)).isEqualTo(kustomization.namespace()));
    }

    @Test
    void the_production_overlay_pins_registry_images_and_keycloak() {
        KustomizeBuild.Rendered production = KustomizeBuild.render(SOURCES.k8s().resolve("overlays/production"));

        assertThat(production.all(Deployment.class)).extracting(d -> container(d).getImage()).containsExactlyInAnyOrder(
                "registry.example.org/gongwen/gateway:0.1.0", "registry.example.org/gongwen/drafting-service:0.1.0",
                "registry.example.org/gongwen/review-service:0.1.0", "registry.example.org/gongwen/archive-service:0.1.0",
                "registry.example.org/gongwen/registry-service:0.1.0");
        assertThat(production.all(HorizontalPodAutoscaler.class))
                .allSatisfy(h -> assertThat(h.getSpec().getMinReplicas()).as(id(h)).isGreaterThanOrEqualTo(2));
        assertThat(production.named(Service.class, "kafka").orElseThrow().getSpec().getExternalName())
                .isEqualTo("kafka.example.org");
        assertThat(production.objects()).noneMatch(o -> o.getMetadata().getName().equals("gongwen-jwt-private"));
    }

    @Test
    void the_dev_overlay_adds_the_gateways_issuer_without_dropping_the_bases_settings() {
        Deployment gateway = KustomizeBuild.render(SOURCES.k8s().resolve("overlays/dev"))
                .named(Deployment.class, "gateway").orElseThrow();
        Container container = container(gateway);

        assertThat(container.getEnv()).extracting(e -> e.getName())
                .containsExactly("JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE", "GONGWEN_JWT_PRIVATE_KEY");
        assertThat(container.getEnvFrom()).hasSize(2);
        assertThat(container.getVolumeMounts()).extracting(m -> m.getMountPath())
                .containsExactly("/tmp", "/etc/gongwen/jwt", "/etc/gongwen/jwt-private");
        assertThat(container.getResources().getRequests().get("cpu").toString()).isEqualTo("100m");
        assertThat(container.getReadinessProbe()).as("untouched by the patch").isNotNull();
    }

    @Test
    void a_list_whose_merge_key_is_unknown_is_refused_rather_than_guessed() {
        ObjectNode target = (ObjectNode) KubernetesYaml.MAPPER.valueToTree(
                java.util.Map.of("spec", java.util.Map.of("tolerations", List.of(java.util.Map.of("key", "a")))));
        ObjectNode patch = (ObjectNode) KubernetesYaml.MAPPER.valueToTree(
                java.util.Map.of("spec", java.util.Map.of("tolerations", List.of(java.util.Map.of("key", "b")))));

        assertThatThrownBy(() -> KustomizeBuild.merge(target, patch, "Deployment/x"))
                .hasMessageContaining("does not know how kustomize merges the list 'tolerations'");
    }

    @Test
    void an_images_entry_that_matches_no_container_is_refused() throws Exception {
        Path overlay = Files.createTempDirectory("overlay");
        Files.writeString(overlay.resolve(Kustomization.FILE_NAME), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                images:
                  - name: gongwen/gatewy
                    newTag: "1"
                """.formatted(SOURCES.k8s().resolve("base")));

        assertThatThrownBy(() -> KustomizeBuild.render(overlay))
                .hasMessageContaining("images entry gongwen/gatewy matches no container");
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(id(deployment) + " runs one container").hasSize(1);
        return containers.get(0);
    }

    static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
