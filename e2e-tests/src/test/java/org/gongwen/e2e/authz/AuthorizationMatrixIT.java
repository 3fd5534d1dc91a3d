package org.gongwen.e2e.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Suite;
import org.gongwen.e2e.authz.AuthorizationMatrix.Row;
import org.gongwen.e2e.fuzz.ApiOperations;
import org.gongwen.e2e.fuzz.CaseCount;
import org.gongwen.e2e.fuzz.Resending;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@link AuthorizationMatrix}: every row's call made by every persona, through the gateway (service-to-service
 * operations at the service itself), each answer compared with its cell. {@code -Dgongwen.authz.record=true}
 * does not compare but adds rows for operations the table lacks; either way what the services answered is written
 * to {@code target/authorization-matrix.recorded.txt} in the table's format, to review against the contract.
 */
class AuthorizationMatrixIT {

    static final boolean RECORD = Boolean.getBoolean("gongwen.authz.record");
    private static final AtomicInteger cases = new AtomicInteger();
    private static final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

    private static GatewayClient gateway;
    private static Targets targets;

    @BeforeAll
    static void personas() {
        gateway = new GatewayClient(Suite.get().gatewayUrl());
        Personas.register(gateway);
        targets = new Targets(gateway);
    }

    @AfterAll
    static void report() throws IOException {
        CaseCount.write("authz-matrix", cases.get(), AuthorizationMatrix.ROWS.size() + " rows × "
                + Personas.COLUMNS.size() + " personas");
        // what the services answered, in the table's format: to review a difference, or (record mode) a new table
        Files.write(Path.of("target", "authorization-matrix.recorded.txt"), recorded);
    }

    @Test
    void everyOperationTheServicesDescribeIsInTheMatrix() {
        Set<String> described = ApiOperations.all().stream().map(ApiOperations.Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = AuthorizationMatrix.ROWS.stream().map(Row::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("operations the matrix has, vs the OpenAPI descriptions").isEqualTo(described);
    }

    @TestFactory
    Stream<DynamicTest> eachPersonaGetsTheAnswerItsCellSays() {
        List<Row> rows = new ArrayList<>(AuthorizationMatrix.ROWS);
        if (RECORD) {
            Set<String> known = rows.stream().map(Row::operation).collect(Collectors.toSet());
            ApiOperations.all().stream().map(ApiOperations.Operation::key).filter(k -> !known.contains(k))
                    .forEach(k -> rows.add(new Row(k, AuthorizationMatrix.defaultTarget(k),
                            Collections.nCopies(Personas.COLUMNS.size(), "?"))));
        }
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.operation() + " @ " + row.target(), () -> run(row)));
    }

    private static void run(Row row) {
        GatewayClient api = row.path().startsWith("/internal/") ? internal(row) : gateway;
        List<String> personas = List.copyOf(Personas.COLUMNS.keySet());
        List<String> observed = new ArrayList<>();
        for (String persona : personas) {
            Calls.Call call = Calls.of(row.operation(), row.target(), targets);
            GatewayClient.Response response = Resending.whileRateLimited(() -> Calls.send(api, persona, call));
            cases.incrementAndGet();
            observed.add(Integer.toString(response.status()));
            if (row.mutating() && response.status() < 300) {
                targets.renew(row.target());
            }
        }
        recorded.add(String.format("%-62s | %-15s | %s", row.operation(), row.target(), String.join(" ", observed)));
        if (RECORD) {
            return;
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            if (!observed.get(i).equals(row.expected().get(i))) {
                wrong.add(personas.get(i) + " got " + observed.get(i) + ", the matrix says " + row.expected().get(i));
            }
        }
        assertThat(wrong).as(row.operation() + " @ " + row.target()).isEmpty();
    }

    /** Service-to-service operations are not routed by the gateway: called at the service, tokens minted here. */
    private static GatewayClient internal(Row row) {
        String service = row.path().startsWith("/internal/attachments") ? "drafting-service" : "archive-service";
        GatewayClient api = new GatewayClient(Suite.get().serviceUrl(service));
        Personas.register(api);
        return api;
    }
}
