package org.gongwen.e2e.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongwen.e2e.Suite;
import org.gongwen.e2e.authz.RegistryTargets.Target;
import org.gongwen.e2e.fuzz.ApiOperations;
import org.gongwen.e2e.fuzz.CaseCount;
import org.gongwen.e2e.fuzz.Resending;
import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix of registry-service (issue 17), beside {@link AuthorizationMatrixIT}'s of the other three
 * services: every operation registry-service describes, called well-formed through the gateway by every persona
 * ({@link Personas}), each answer compared with its cell ({@link RegistryMatrix}). Who may: the office (BGS: 钱晓
 * clerk, 孙立 and 赵敏 leaders in it) registers, checks, proposes, sends and circulates; leaders (孙立, 赵敏, 王强,
 * 刘洋) 批办, extend and 交办; the 主办 unit (SHJZ: zhangwei and colleague) signs, handles and concludes; the dashboard
 * is for 主任, 局长 and the auditor; clearance holds everywhere (机密 rows: zhangwei's 秘密 and the 秘密 auditor do not
 * reach them). Every refusal is {@code application/problem+json} with a stable {@code type} and a {@code reason},
 * never a 5xx; every 403, 409 and 422 names its rule id ({@code rule}, registry-service/README.md). What was answered is written to
 * {@code target/registry-authorization-matrix.recorded.txt} in the table's format.
 */
class RegistryAuthorizationMatrixIT {

    private static final AtomicInteger cases = new AtomicInteger();
    private static final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

    private static GatewayClient gateway;
    private static RegistryTargets targets;

    @BeforeAll
    static void personas() {
        gateway = new GatewayClient(Suite.get().gatewayUrl());
        Personas.register(gateway);
        targets = new RegistryTargets(gateway);
    }

    @AfterAll
    static void report() throws IOException {
        CaseCount.write("registry-authz-matrix", cases.get(), RegistryMatrix.ROWS.size() + " rows × "
                + Personas.COLUMNS.size() + " personas");
        Files.write(Path.of("target", "registry-authorization-matrix.recorded.txt"), recorded);
    }

    @Test
    void everyOperationRegistryServiceDescribesIsInTheMatrix() {
        Set<String> described = ApiOperations.of("registry-service", ApiOperations.fetch(
                        Suite.get().serviceUrl("registry-service") + "/v3/api-docs")).stream()
                .map(ApiOperations.Operation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = RegistryMatrix.ROWS.stream().map(RegistryMatrix.Row::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("operations the registry matrix has, vs registry-service's OpenAPI").isEqualTo(described);
    }

    @TestFactory
    Stream<DynamicTest> eachPersonaGetsTheAnswerItsCellSays() {
        return RegistryMatrix.ROWS.stream().map(row -> DynamicTest.dynamicTest(row.operation() + " @ " + row.target(),
                () -> run(row)));
    }

    private static void run(RegistryMatrix.Row row) {
        List<String> personas = List.copyOf(Personas.COLUMNS.keySet());
        List<String> observed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            String persona = personas.get(i);
            String path = path(row, targets.id(row.target()));
            Object body = body(row.operation(), targets.id(row.target()));
            GatewayClient.Response response = Resending.whileRateLimited(() -> row.mutating()
                    ? gateway.post(persona, path, body) : gateway.get(persona, path));
            cases.incrementAndGet();
            observed.add(Integer.toString(response.status()));
            if (!Integer.toString(response.status()).equals(row.expected().get(i))) {
                wrong.add(persona + " got " + response + ", the matrix says " + row.expected().get(i));
            } else if (response.status() >= 400) {
                String problem = problemDefect(response);
                if (problem != null) {
                    wrong.add(persona + " got " + response.status() + " but " + problem + ": " + response);
                }
            }
            if (row.mutating() && response.status() < 300) {
                targets.renew(row.target());
            }
        }
        recorded.add(String.format("%-58s | %-15s | %s", row.operation(), row.target(), String.join(" ", observed)));
        assertThat(wrong).as(row.operation() + " @ " + row.target()).isEmpty();
    }

    /** What a refusal lacks of the contract's problem+json (null: nothing). */
    static String problemDefect(GatewayClient.Response response) {
        String type = String.valueOf(response.header("Content-Type"));
        if (!type.startsWith("application/problem+json")) {
            return "Content-Type " + type;
        }
        JsonNode problem = response.body();
        if (!problem.path("type").asString("").startsWith("urn:gongwen:problem:")) {
            return "no stable type";
        }
        if (response.status() != 401 && problem.path("reason").asString("").isBlank()) {
            return "no reason";
        }
        // a refusal of who may (403) or of the state (409, 422) names the rule that said no; 404 hides, names nothing
        boolean rule = response.status() == 403 || response.status() == 409 || response.status() == 422;
        if (rule && problem.path("rule").asString("").isBlank()) {
            return "no rule id";
        }
        return null;
    }

    private static String path(RegistryMatrix.Row row, String id) {
        String path = row.path().replace("{id}", id);
        return path + switch (row.path()) {
            case "/api/registry/deliveries", "/api/registry/deliveries/outgoing" -> "?pending=true&size=200";
            case "/api/registry/incoming", "/api/registry/matters" -> "?size=200";
            default -> "";
        };
    }

    private static Object body(String operation, String id) {
        String later = RegistryTargets.today().plusDays(20).toString();
        return switch (operation) {
            case "POST /api/registry/deliveries/{id}/return", "POST /api/registry/incoming/{id}/return",
                 "POST /api/registry/incoming/{id}/transfer-request" -> Map.of("reason", "矩阵检查：送错");
            case "POST /api/registry/deliveries/{id}/sent" -> Map.of("channel", "机要交通");
            case "POST /api/registry/incoming" -> Map.of("senderOrgan", "江城市人民政府办公室", "title",
                    "关于矩阵检查有关事项的通知", "copies", 1, "receivedOn", RegistryTargets.today().toString());
            case "POST /api/registry/incoming/{id}/proposal" -> Map.of("opinion", "拟请社会救助科办理。");
            case "POST /api/registry/incoming/{id}/assignment" -> RegistryTargets.assignment();
            case "POST /api/registry/incoming/{id}/extension" -> Map.of("deadline", later, "reason", "需会同财政部门核实。");
            case "POST /api/registry/incoming/{id}/conclusion" -> Map.of("result", "已按要求办理。");
            case "POST /api/registry/incoming/{id}/circulations" -> Map.of("order", "PARALLEL",
                    "readers", List.of("wangqiang", "zhaomin"));
            case "POST /api/registry/circulations/{id}/reading" -> Map.of("instruction", "阅。");
            case "POST /api/registry/matters" -> RegistryTargets.matterBody("MEETING", null);
            case "POST /api/registry/matters/{id}/reports" -> Map.of("progress", "已完成一半。");
            case "POST /api/registry/matters/{id}/conclusion" -> Map.of("result", "已办结。");
            default -> null;
        };
    }
}
