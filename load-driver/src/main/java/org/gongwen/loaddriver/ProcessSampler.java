package org.gongwen.loaddriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time and memory of the suite's processes, read from /proc using the pid files of {@code ./gongwen}
 * (.gongwen/pids/&lt;name&gt;.pid). The PostgreSQL server is not a JVM: its postmaster (.gongwen/pg/postmaster.pid, or
 * an external server's pid file)
 * and all its children are summed as "postgres-server", with PSS beside RSS because its processes share the
 * buffer pool and RSS would count it once per process.
 */
final class ProcessSampler {

    /** /proc reports CPU in USER_HZ ticks, 100 per second on Linux whatever the kernel's own tick rate. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** The load driver's own JVM: listed, but not part of the suite's totals. */
    static final String DRIVER = "load-driver";

    private final Path state;
    private final Path postmaster;

    ProcessSampler(Path state, Path postmaster) {
        this.state = state;
        this.postmaster = postmaster;
    }

    /**
     * One process (or group) at one moment. {@code jitSeconds}: the part of {@code cpuSeconds} spent by the JVM's
     * JIT compiler threads (zero for a process that is not a JVM) — warm-up, not the cost of a lifecycle in a
     * suite that has run for a while, so reports show it apart (a compiler thread the JVM ended takes its time
     * with it: a lower bound).
     */
    record Sample(String name, List<Long> pids, double cpuSeconds, double jitSeconds, long rssKb, long pssKb) {
    }

    Map<String, Sample> sample() {
        Map<String, Sample> samples = new TreeMap<>();
        Path pids = state.resolve("pids");
        if (Files.isDirectory(pids)) {
            try (Stream<Path> files = Files.list(pids)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(file -> {
                    String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                    Long pid = firstLineAsPid(file);
                    if (pid != null && alive(pid)) {
                        samples.put(name, measure(name, List.of(pid), false));
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + pids, e);
            }
        }
        // the driver itself, so that a comparison with a benchmark that counts its own driver can be made
        samples.put(DRIVER, measure(DRIVER, List.of(ProcessHandle.current().pid()), false));
        Long server = firstLineAsPid(postmaster);
        if (server != null && alive(server)) {
            List<Long> group = new ArrayList<>(List.of(server));
            group.addAll(childrenOf(server));
            samples.put("postgres-server", measure("postgres-server", group, true));
        }
        return samples;
    }

    /** 1, 5 and 15 minute load averages of the machine. */
    static List<Double> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]));
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private static Sample measure(String name, List<Long> pids, boolean withReapedChildren) {
        double ticks = 0;
        double jitTicks = 0;
        long rss = 0;
        long pss = 0;
        for (int i = 0; i < pids.size(); i++) {
            long pid = pids.get(i);
            String[] stat = statFields(pid);
            if (stat.length > 14) {
                // utime, stime; the group leader also adds the time of children it has reaped (connections closed)
                ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                if (withReapedChildren && i == 0) {
                    ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                }
            }
            jitTicks += compilerThreadTicks(pid);
            rss += kilobytes(Path.of("/proc/" + pid + "/status"), "VmRSS:");
            pss += kilobytes(Path.of("/proc/" + pid + "/smaps_rollup"), "Pss:");
        }
        return new Sample(name, pids, ticks / TICKS_PER_SECOND, jitTicks / TICKS_PER_SECOND, rss, pss);
    }

    /** CPU ticks of the threads HotSpot names "C1 CompilerThreadN" and "C2 CompilerThreadN" (truncated to 15). */
    private static long compilerThreadTicks(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return tasks.mapToLong(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!command.contains("CompilerThre")) {
                        return 0;
                    }
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Fields of /proc/pid/stat after the command name (which may hold spaces): index 0 is the state. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return new String[0];
        }
    }

    private static List<Long> childrenOf(long parent) {
        List<Long> children = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .forEach(pid -> {
                        String[] stat = statFields(pid);
                        if (stat.length > 1 && Long.parseLong(stat[1]) == parent) {
                            children.add(pid);
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return children;
    }

    private static long kilobytes(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> Long.parseLong(l.substring(key.length()).trim().split("\\s+")[0])).orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static Long firstLineAsPid(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(String::trim).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                    .orElse(null);
        } catch (IOException | RuntimeException absent) {
            return null;
        }
    }

    private static boolean alive(long pid) {
        return Files.exists(Path.of("/proc/" + pid));
    }
}
