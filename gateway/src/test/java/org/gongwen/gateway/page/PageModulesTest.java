package org.gongwen.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The web page's ES modules (static/app) as an import graph, read from the files themselves: no cycle, every import
 * names a file that is there, every module is reached from index.html, and the layers hold — main.js (the shell)
 * routes to the screens in views/, screens build on components/, and components never reach back into a screen.
 */
class PageModulesTest {

    static final Path STATIC = Path.of("src/main/resources/static");

    /** {@code import … from '…'}, {@code import '…'}, {@code export … from '…'} (each opening a line) and {@code import('…')}. */
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^\\s*(?:import|export)\\s*(?:[\\w*${}\\s,]*?\\s*from\\s*)?['\"]([^'\"]+)['\"]|\\bimport\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");

    private static final Pattern ENTRY = Pattern.compile("<script\\s+type=\"module\"\\s+src=\"([^\"]+)\"");

    /** Every module (path under static, e.g. "app/views/review.js") and the modules it imports. */
    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : modules()) {
            String module = name(file);
            Set<String> imports = new LinkedHashSet<>();
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                String specifier = m.group(1) != null ? m.group(1) : m.group(2);
                imports.add(resolve(module, specifier));
            }
            graph.put(module, imports);
        }
        return graph;
    }

    private static String resolve(String from, String specifier) {
        if (specifier.startsWith("/")) return specifier.substring(1);
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
            // no bundler: the browser loads exactly this address, and a bare name is no address
            return "(bare specifier) " + specifier;
        }
        return Path.of(from).resolveSibling(specifier).normalize().toString().replace('\\', '/');
    }

    @Test
    void noModuleImportsItselfThroughAnyChainOfImports() {
        Map<String, Set<String>> graph = graph();
        assertThat(graph).as("the page's modules").containsKey("app/main.js");
        assertThat(cycles(graph)).as("import cycles among the page's modules").isEmpty();
    }

    @Test
    void everyImportNamesAModuleThatIsServed() {
        Map<String, Set<String>> graph = graph();
        List<String> broken = new ArrayList<>();
        graph.forEach((module, imports) -> imports.stream().filter((i) -> !graph.containsKey(i))
                .forEach((i) -> broken.add(module + " imports " + i)));
        assertThat(broken).as("imports of files that are not there").isEmpty();
    }

    @Test
    void everyModuleIsReachedFromThePage() {
        Map<String, Set<String>> graph = graph();
        Matcher entry = ENTRY.matcher(read(STATIC.resolve("index.html")));
        assertThat(entry.find()).as("index.html loads a module script").isTrue();
        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(resolve("index.html", entry.group(1))));
        while (!next.isEmpty()) {
            String module = next.pop();
            if (reached.add(module)) next.addAll(graph.getOrDefault(module, Set.of()));
        }
        assertThat(graph.keySet()).as("modules nothing loads (left behind by a move?)").isSubsetOf(reached);
    }

    @Test
    void onlyTheShellRoutesToScreensAndComponentsNeverReachBackIntoThem() {
        List<String> wrong = new ArrayList<>();
        graph().forEach((module, imports) -> {
            for (String i : imports) {
                if (i.equals("app/main.js")) wrong.add(module + " imports the shell " + i);
                else if (i.startsWith("app/views/") && !module.equals("app/main.js")) wrong.add(module + " imports the screen " + i);
            }
        });
        assertThat(wrong).as("screens (app/views) are routed to by app/main.js alone; anything shared is a component")
                .isEmpty();
    }

    /** Each cycle found by a depth-first walk, as "a → b → a". */
    static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) walk(start, graph, new ArrayList<>(), done, cycles);
        return cycles;
    }

    private static void walk(String module, Map<String, Set<String>> graph, List<String> path, Set<String> done,
            List<String> cycles) {
        int at = path.indexOf(module);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(module);
            cycles.add(String.join(" → ", cycle));
            return;
        }
        if (done.contains(module)) return;
        path.add(module);
        for (String next : graph.getOrDefault(module, Set.of())) walk(next, graph, path, done, cycles);
        path.remove(path.size() - 1);
        done.add(module);
    }

    static List<Path> modules() {
        try (Stream<Path> files = Files.walk(STATIC.resolve("app"))) {
            return files.filter((f) -> f.toString().endsWith(".js")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return STATIC.relativize(file).toString().replace('\\', '/');
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
