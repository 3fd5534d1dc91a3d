package org.gongwen.loaddriver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.loaddriver.LoadDriver.DriverOptions;

/** The figures of one measured run, as a table for people and as JSON for comparing runs. */
final class Report {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder table = new StringBuilder();

    Report(DriverOptions options, CallStats stats, int completed, List<String> failures, double wallSeconds,
           List<Double> loadBefore, List<Double> loadAfter, Map<String, ProcessSampler.Sample> idle,
           Map<String, ProcessSampler.Sample> before, Map<String, ProcessSampler.Sample> after) {
        double perSecond = round(completed / wallSeconds);
        json.put("label", options.label());
        json.put("finishedAt", Instant.now().toString());
        json.put("gateway", options.gateway());
        json.put("documents", options.documents());
        json.put("concurrency", options.concurrency());
        json.put("warmUpDocuments", options.warmUp());
        json.put("pollIntervalMs", options.pollInterval().toMillis());
        json.put("thinkTimeMs", options.thinkTime().shortest().toMillis());
        json.put("thinkTimeMaxMs", options.thinkTime().longest().toMillis());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("loadAverageBefore", loadBefore);
        json.put("loadAverageAfter", loadAfter);
        json.put("wallSeconds", round(wallSeconds));
        json.put("completedLifecycles", completed);
        json.put("failedLifecycles", failures.size());
        json.put("lifecyclesPerSecond", perSecond);
        json.put("allCalls", stats.allCalls().asMap());
        Map<String, Object> calls = new LinkedHashMap<>();
        stats.perCall().forEach((call, summary) -> calls.put(call, summary.asMap()));
        json.put("calls", calls);
        json.put("issuedToArchiveVisible", stats.issuedToArchive().asMap());
        json.put("lifecycle", stats.lifecycles().asMap());
        json.put("errorsByStatus", stats.errorsByStatus());
        json.put("unexpectedAnswers", stats.unexpectedAnswers());
        json.put("failures", failures.stream().limit(20).toList());
        json.put("processes", processes(idle, before, after, wallSeconds, completed));

        line("%s%d documents, %d concurrent drafters, %.1f s, load average %s → %s (%d cores)",
                options.label().isEmpty() ? "" : "[" + options.label() + "] ", options.documents(),
                options.concurrency(), wallSeconds, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        line("completed lifecycles: %d (%.2f/s), failed: %d", completed, perSecond, failures.size());
        line("");
        line("%-40s %7s %8s %8s %8s %8s", "API call (ms)", "count", "p50", "p95", "p99", "max");
        stats.perCall().forEach((call, s) -> summaryLine(call, s));
        summaryLine("all calls", stats.allCalls());
        summaryLine("签发 → archive record readable", stats.issuedToArchive());
        summaryLine("whole lifecycle", stats.lifecycles());
        line("");
        line("errors by status: %s", stats.errorsByStatus().isEmpty() ? "none" : stats.errorsByStatus());
        stats.unexpectedAnswers().forEach((answer, count) -> line("  %6d × %s", count, answer));
        failures.stream().limit(5).forEach(f -> line("  failed: %s", f));
        line("");
        line("%-20s %10s %10s %10s %10s %8s %14s %12s", "process", "idle RSS", "idle PSS", "RSS after", "CPU s",
                "CPU %", "CPU ms/lifecycle", "of which JIT");
        long idleRss = 0;
        long idlePss = 0;
        double cpuTotal = 0;
        double jitTotal = 0;
        for (Map.Entry<String, ProcessSampler.Sample> entry : after.entrySet()) {
            String name = entry.getKey();
            ProcessSampler.Sample now = entry.getValue();
            ProcessSampler.Sample atIdle = idle.get(name);
            double cpu = cpuDuring(before.get(name), now);
            double jit = jitDuring(before.get(name), now);
            if (!ProcessSampler.DRIVER.equals(name)) {
                cpuTotal += cpu;
                jitTotal += jit;
            } else {
                json.put("cpuMsPerLifecycleDriver", round(perLifecycle(cpu, completed)));
            }
            line("%-20s %10s %10s %10s %10.1f %8.0f %14.1f %12.1f", name, mb(atIdle == null ? 0 : atIdle.rssKb()),
                    mb(atIdle == null ? 0 : atIdle.pssKb()), mb(now.rssKb()), cpu, 100 * cpu / wallSeconds,
                    perLifecycle(cpu, completed), perLifecycle(jit, completed));
        }
        line("%-20s %10s %10s %10s %10.1f %8.0f %14.1f %12.1f", "suite, no driver", "", "", "", cpuTotal,
                100 * cpuTotal / wallSeconds, perLifecycle(cpuTotal, completed), perLifecycle(jitTotal, completed));
        json.put("cpuMsPerLifecycleTotal", round(perLifecycle(cpuTotal, completed)));
        json.put("jitMsPerLifecycleTotal", round(perLifecycle(jitTotal, completed)));
        for (ProcessSampler.Sample sample : idle.values()) {
            if (ProcessSampler.DRIVER.equals(sample.name())) {
                continue;
            }
            idleRss += sample.rssKb();
            idlePss += sample.pssKb();
        }
        line("%-20s %10s %10s   (PSS counts PostgreSQL's shared buffers once)", "whole suite, idle", mb(idleRss),
                mb(idlePss));
        json.put("idleRssMbTotal", idleRss / 1024);
        json.put("idlePssMbTotal", idlePss / 1024);
    }

    String table() {
        return table.toString();
    }

    String json() {
        return GatewayClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    private static List<Map<String, Object>> processes(Map<String, ProcessSampler.Sample> idle,
                                                       Map<String, ProcessSampler.Sample> before,
                                                       Map<String, ProcessSampler.Sample> after, double wallSeconds,
                                                       int completed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        after.forEach((name, now) -> {
            ProcessSampler.Sample atIdle = idle.get(name);
            double cpu = cpuDuring(before.get(name), now);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("pids", now.pids().size() > 8 ? now.pids().subList(0, 1) : now.pids());
            row.put("idleRssMb", atIdle == null ? null : atIdle.rssKb() / 1024);
            row.put("idlePssMb", atIdle == null ? null : atIdle.pssKb() / 1024);
            row.put("rssMbAfter", now.rssKb() / 1024);
            row.put("pssMbAfter", now.pssKb() / 1024);
            row.put("cpuSecondsDuringRun", round(cpu));
            row.put("cpuPercentOfOneCore", round(100 * cpu / wallSeconds));
            row.put("cpuMsPerLifecycle", round(perLifecycle(cpu, completed)));
            row.put("jitMsPerLifecycle", round(perLifecycle(jitDuring(before.get(name), now), completed)));
            rows.add(row);
        });
        return rows;
    }

    /** CPU milliseconds per completed lifecycle: the number a change must cut (issue 15). */
    private static double perLifecycle(double cpuSeconds, int completed) {
        return completed == 0 ? 0 : 1000 * cpuSeconds / completed;
    }

    /** CPU seconds the process used during the measured run (0 if it was not there at the start). */
    private static double cpuDuring(ProcessSampler.Sample before, ProcessSampler.Sample after) {
        return before == null ? 0 : Math.max(0, after.cpuSeconds() - before.cpuSeconds());
    }

    /** Of {@link #cpuDuring}, the seconds the JIT compiler threads used. */
    private static double jitDuring(ProcessSampler.Sample before, ProcessSampler.Sample after) {
        return before == null ? 0 : Math.max(0, after.jitSeconds() - before.jitSeconds());
    }

    private void summaryLine(String name, Latencies.Summary s) {
        line("%-40s %7d %8.1f %8.1f %8.1f %8.1f", name, s.count(), s.p50(), s.p95(), s.p99(), s.max());
    }

    private void line(String format, Object... args) {
        table.append(String.format(format, args)).append('\n');
    }

    private static String mb(long kilobytes) {
        return kilobytes / 1024 + " MB";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
