package org.gongwen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Every YAML file under deploy/k8s binds to its typed Kubernetes object, and nothing it says is left unread. */
class ManifestsParseStrictlyTest {

    private static final ServiceSources SOURCES = ServiceSources.locate();

    static Stream<String> yamlFiles() {
        return KubernetesYaml.yamlFilesUnder(SOURCES.k8s()).stream().map(f -> SOURCES.k8s().relativize(f).toString());
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void every_manifest_binds_to_its_kubernetes_type_without_unknown_fields(String file) {
        Path path = SOURCES.k8s().resolve(file);
        if (path.getFileName().toString().equals(Kustomization.FILE_NAME)) {
            assertThat(Kustomization.read(path.getParent()).resources()).as(file + " names its resources").isNotEmpty();
            return;
        }
        List<HasMetadata> objects = KubernetesYaml.documents(path).stream()
                .map(document -> KubernetesYaml.typed(document, file)).toList();
        assertThat(objects).as(file).isNotEmpty()
                .allSatisfy(o -> assertThat(o.getMetadata().getName()).as(file + ": metadata.name").isNotBlank());
    }

    @Test
    void the_base_holds_every_kind_the_issue_asks_for() {
        List<String> kinds = KubernetesYaml.yamlFilesUnder(SOURCES.k8s().resolve("base")).stream()
                .filter(f -> !f.getFileName().toString().equals(Kustomization.FILE_NAME))
                .flatMap(f -> KubernetesYaml.documents(f).stream()).map(KubernetesYaml::typeOf).distinct().toList();
        assertThat(kinds).contains("apps/v1/Deployment", "v1/Service", "autoscaling/v2/HorizontalPodAutoscaler",
                "policy/v1/PodDisruptionBudget", "v1/ServiceAccount", "v1/ConfigMap");
    }

    @Test
    void a_misspelled_field_is_reported_with_its_path() {
        assertThatThrownBy(() -> bind("misspelled-probe.yaml"))
                .hasMessageContaining("unknown fields [spec.template.spec.containers[0].readinesProbe]");
    }

    @Test
    void a_field_of_another_api_version_is_reported() {
        assertThatThrownBy(() -> bind("hpa-v1-field-in-v2.yaml"))
                .hasMessageContaining("unknown fields [spec.targetCPUUtilizationPercentage]");
    }

    @Test
    void a_kind_or_api_version_the_manifests_do_not_use_is_refused() {
        assertThatThrownBy(() -> bind("unknown-kind.yaml"))
                .hasMessageContaining("policy/v1beta1/PodDisruptionBudget is not a kind these manifests use");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        assertThatThrownBy(() -> bind("wrong-value-type.yaml")).hasMessageContaining("Service/gateway")
                .hasMessageContaining("\"eighty\"");
    }

    @Test
    void a_key_given_twice_is_refused() {
        assertThatThrownBy(() -> KubernetesYaml.documents(fixture("duplicate-key.yaml")))
                .hasMessageContaining("Duplicate field 'GONGWEN_JWT_ISSUER'");
    }

    @Test
    void a_kustomize_feature_this_check_does_not_render_is_refused() {
        assertThatThrownBy(() -> Kustomization.read(fixture("kustomization")))
                .hasMessageContaining("commonLabels");
    }

    private static List<HasMetadata> bind(String name) {
        return KubernetesYaml.documents(fixture(name)).stream().map(d -> KubernetesYaml.typed(d, name)).toList();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ManifestsParseStrictlyTest.class.getResource("/bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
