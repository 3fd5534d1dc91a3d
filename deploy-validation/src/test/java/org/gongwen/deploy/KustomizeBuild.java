package org.gongwen.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * {@code kustomize build} for the features gongwen's kustomizations use, in kustomize's order: resources
 * (files and directories, recursively), secretGenerator, strategic-merge patches, images, namespace. The
 * strategic merge knows the merge keys of the lists our patches touch and refuses any other list, so a patch
 * never silently renders differently here than in kustomize.
 */
final class KustomizeBuild {

    /** Lists merged item by item on this key (the API's patchMergeKey); {@code ports} is decided per item. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "env", "name", "volumes", "name",
            "volumeMounts", "mountPath", "imagePullSecrets", "name", "topologySpreadConstraints", "topologyKey");
    /** Lists the API treats as atomic: a patch replaces them whole. */
    private static final Set<String> ATOMIC_LISTS = Set.of("command", "args", "envFrom", "drop", "add", "metrics");

    private KustomizeBuild() {
    }

    /** The rendered objects of the kustomization in {@code directory}, each bound to its typed fabric8 class. */
    static Rendered render(Path directory) {
        List<ObjectNode> documents = build(directory.toAbsolutePath().normalize());
        List<HasMetadata> objects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ObjectNode document : documents) {
            if (!ids.add(KubernetesYaml.idOf(document))) {
                throw new IllegalArgumentException(directory + ": " + KubernetesYaml.idOf(document) + " twice");
            }
            objects.add(KubernetesYaml.typed(document, "rendered " + directory));
        }
        return new Rendered(List.copyOf(objects));
    }

    static List<ObjectNode> build(Path directory) {
        Kustomization kustomization = Kustomization.read(directory);
        List<ObjectNode> documents = new ArrayList<>();
        for (String resource : kustomization.resources()) {
            Path path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                documents.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                documents.addAll(KubernetesYaml.documents(path));
            } else {
                throw new IllegalArgumentException(directory + ": resource " + resource + " does not exist");
            }
        }
        kustomization.secretGenerator().forEach(generator -> documents.add(secret(directory, generator)));
        kustomization.patches().forEach(patch -> applyPatch(directory, patch, documents));
        kustomization.images().forEach(image -> applyImage(directory, image, documents));
        if (kustomization.namespace() != null) {
            // as kustomize's namespace transformer does: a Namespace object takes the name, the others the field
            documents.forEach(d -> ((ObjectNode) d.get("metadata")).put(
                    "Namespace".equals(d.path("kind").asText()) ? "name" : "namespace", kustomization.namespace()));
        }
        return documents;
    }

    /** A generated Secret; a source file not there (gitignored, made by create-secrets.sh) gives an empty value. */
    private static ObjectNode secret(Path directory, Kustomization.SecretGenerator generator) {
        ObjectNode secret = JsonNodeFactory.instance.objectNode();
        secret.put("apiVersion", "v1").put("kind", "Secret").put("type", "Opaque");
        secret.putObject("metadata").put("name", generator.name());
        ObjectNode data = secret.putObject("data");
        for (String entry : generator.files()) {
            Path source = directory.resolve(generator.pathOf(entry));
            data.put(generator.keyOf(entry), Base64.getEncoder().encodeToString(contentOrEmpty(source)));
        }
        return secret;
    }

    private static byte[] contentOrEmpty(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void applyPatch(Path directory, Kustomization.Patch patch, List<ObjectNode> documents) {
        Path file = directory.resolve(patch.path());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + ": patch " + patch.path() + " does not exist");
        }
        List<ObjectNode> patchDocuments = KubernetesYaml.documents(file);
        if (patchDocuments.size() != 1) {
            throw new IllegalArgumentException(file + ": one patch per file, found " + patchDocuments.size());
        }
        ObjectNode patchDocument = patchDocuments.get(0);
        String id = KubernetesYaml.idOf(patchDocument);
        List<ObjectNode> targets = documents.stream().filter(d -> KubernetesYaml.idOf(d).equals(id)
                && d.path("apiVersion").equals(patchDocument.path("apiVersion"))).toList();
        if (targets.size() != 1) {
            throw new IllegalArgumentException(file + ": patch target " + id + " matches " + targets.size()
                    + " resources, not one");
        }
        merge(targets.get(0), patchDocument, id);
    }

    static void merge(ObjectNode target, ObjectNode patch, String path) {
        patch.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(name);
            if (name.startsWith("$")) {
                throw new IllegalArgumentException(path + ": patch directive " + name + " is not rendered here");
            }
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, path + "." + name);
            } else if (value.isArray() && current != null && current.isArray()) {
                target.set(name, mergeList(name, (ArrayNode) current, (ArrayNode) value, path + "." + name));
            } else {
                target.set(name, value.deepCopy());
            }
        });
    }

    private static ArrayNode mergeList(String name, ArrayNode current, ArrayNode patch, String path) {
        if (ATOMIC_LISTS.contains(name)) {
            return patch.deepCopy();
        }
        String key = "ports".equals(name) ? portKey(patch) : MERGE_KEYS.get(name);
        if (key == null) {
            throw new IllegalArgumentException(path + ": this check does not know how kustomize merges the list '"
                    + name + "'; add its merge key to KustomizeBuild");
        }
        ArrayNode merged = current.deepCopy();
        for (JsonNode item : patch) {
            Optional<JsonNode> same = find(merged, key, item.path(key));
            if (same.isPresent()) {
                merge((ObjectNode) same.get(), (ObjectNode) item, path + "[" + item.path(key).asText() + "]");
            } else {
                merged.add(item.deepCopy());
            }
        }
        return merged;
    }

    /** A container's ports merge on containerPort, a Service's on port. */
    private static String portKey(ArrayNode ports) {
        return ports.size() > 0 && ports.get(0).has("containerPort") ? "containerPort" : "port";
    }

    private static Optional<JsonNode> find(ArrayNode items, String key, JsonNode value) {
        for (JsonNode item : items) {
            if (item.path(key).equals(value)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** kustomize's images transformer on Deployments; an entry that matches no container is a typo, not a no-op. */
    private static void applyImage(Path directory, Kustomization.Image image, List<ObjectNode> documents) {
        int matched = 0;
        for (ObjectNode document : documents) {
            if (!"Deployment".equals(document.path("kind").asText())) {
                continue;
            }
            for (JsonNode container : document.path("spec").path("template").path("spec").path("containers")) {
                ImageReference reference = ImageReference.parse(container.path("image").asText());
                if (reference.name().equals(image.name())) {
                    ((ObjectNode) container).put("image", reference.with(image.newName(), image.newTag()).toString());
                    matched++;
                }
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(directory + ": images entry " + image.name() + " matches no container");
        }
    }

    record ImageReference(String name, String tag) {

        static ImageReference parse(String image) {
            int colon = image.lastIndexOf(':');
            return colon > image.lastIndexOf('/') ? new ImageReference(image.substring(0, colon),
                    image.substring(colon + 1)) : new ImageReference(image, null);
        }

        ImageReference with(String newName, String newTag) {
            return new ImageReference(newName == null ? name : newName, newTag == null ? tag : newTag);
        }

        @Override
        public String toString() {
            return tag == null ? name : name + ":" + tag;
        }
    }

    /** The output of a build, as typed objects. */
    record Rendered(List<HasMetadata> objects) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
            return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
        }
    }
}
