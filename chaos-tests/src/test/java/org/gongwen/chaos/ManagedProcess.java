package org.gongwen.chaos;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import java.time.Duration;

/** One server process of the suite that the chaos test can kill and start again on the same data and port. */
final class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final BooleanSupplier ready;
    private final File workingDirectory;
    private volatile Process process;
    private int starts;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path log,
                   File workingDirectory, BooleanSupplier ready) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.workingDirectory = workingDirectory;
        this.ready = ready;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Files.writeString(log, "\n==== start #" + (++starts) + " of " + name + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    void awaitReady(Duration deadline) {
        Awaitility.await(name + " ready").atMost(deadline).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited:\n" + tail());
            }
            return ready.getAsBoolean();
        });
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as a crash or an OOM killer would. */
    synchronized void kill() {
        Process current = process;
        if (current != null) {
            current.descendants().forEach(ProcessHandle::destroyForcibly);
            current.destroyForcibly();
            waitFor(current);
        }
    }

    /** SIGTERM, then SIGKILL if it does not end in time. */
    synchronized void stop() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
            if (!waitFor(current)) {
                current.destroyForcibly();
            }
        }
    }

    boolean alive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    long pid() {
        return process.pid();
    }

    private static boolean waitFor(Process process) {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
