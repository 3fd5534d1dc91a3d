package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.e2e.Suite;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.testsupport.PostgresServer;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "五不" dashboard's registry section (issue 17) in real Chromium: 赵敏 (主任) sees, beside the drafts in review,
 * a 收文 being handled by 社会救助科, a 传阅 copy held by 王强, and two 交办事项 — of 养老服务科, and of 社会救助科 one
 * assigned long ago and overdue —, each with its kind, its holder by name, since when, and the overdue one first
 * (不知道在哪里, 不知道谁在办, 不知道办了多久). The work is made through the gateway; only the overdue matter's age is
 * set in the registry's database, as a matter assigned 400 days ago would have it (no API backdates a deadline).
 */
class BrowserRegistryDashboardIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String INCOMING = "关于做好" + RUN + "冬季取暖保障工作的通知";
    private static final String ON_TIME = "年底前完成" + RUN + "养老机构消防检查";
    private static final String OVERDUE = "限期完成" + RUN + "低保对象年度复核";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Browser browser;
    private static GatewayClient api;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onSuite();
        api = new GatewayClient(Suite.get().gatewayUrl());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDirectorSeesIncomingCirculationAndMattersWithHolderSinceAndTheOverdueFirst() throws SQLException {
        String incoming = assignedIncoming();
        ok(api.post("qianxiao", "/api/registry/incoming/" + incoming + "/circulations",
                Map.of("order", "SEQUENTIAL", "readers", List.of("wangqiang"))));
        matter(ON_TIME, "YLFW");
        String overdue = matter(OVERDUE, "SHJZ");
        assignedLongAgo(overdue);
        try {
            browser.signIn("zhaomin", "赵敏");
            browser.click(By.cssSelector("a[href='#/dashboard']"));
            browser.await(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "在办公文（五不）"));
            WebElement late = browser.awaitAfterReload(row(OVERDUE), Duration.ofSeconds(30));
            browser.screenshot("30-dashboard-registry");

            assertThat(cell(late, "kind")).isEqualTo("交办事项");
            assertThat(cell(late, "holder")).isEqualTo("社会救助科");
            assertThat(late.getAttribute("class")).contains("overdue");
            assertThat(cell(late, "due")).contains("超期");
            assertThat(cell(late, "since")).isNotBlank();

            WebElement onTime = browser.find(row(ON_TIME));
            assertThat(cell(onTime, "kind")).isEqualTo("交办事项");
            assertThat(cell(onTime, "holder")).isEqualTo("养老服务科");
            assertThat(onTime.getAttribute("class")).doesNotContain("overdue");
            assertThat(cell(onTime, "due")).doesNotContain("超期");

            List<WebElement> handled = browser.driver().findElements(By.xpath("//section[@id='registry-work']//tr[td["
                    + "@data-col='title'][normalize-space()='" + INCOMING + "']]"));
            assertThat(handled).extracting(r -> cell(r, "kind")).containsExactlyInAnyOrder("收文", "传阅");
            for (WebElement r : handled) {
                assertThat(cell(r, "holder")).isEqualTo(cell(r, "kind").equals("收文") ? "社会救助科" : "王强");
                assertThat(cell(r, "since")).isNotBlank();
                assertThat(cell(r, "held")).isNotBlank();
            }

            // overdue first: no row that is not overdue comes before any overdue row
            List<String> classes = browser.driver().findElements(By.cssSelector("#registry-work tbody tr")).stream()
                    .map(r -> String.valueOf(r.getAttribute("class"))).toList();
            int lastOverdue = lastIndexOf(classes, true);
            int firstOnTime = classes.stream().filter(c -> !c.contains("overdue")).findFirst()
                    .map(classes::indexOf).orElse(classes.size());
            assertThat(lastOverdue).as("rows: " + classes).isLessThan(firstOnTime);
            assertThat(browser.find(By.id("registry-summary")).getText()).contains("超期");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-dashboard-registry");
            throw e;
        }
    }

    private static int lastIndexOf(List<String> classes, boolean overdue) {
        for (int i = classes.size() - 1; i >= 0; i--) {
            if (classes.get(i).contains("overdue") == overdue) {
                return i;
            }
        }
        return -1;
    }

    private static By row(String title) {
        return By.xpath("//section[@id='registry-work']//tr[td[@data-col='title'][normalize-space()='" + title + "']]");
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td[data-col='" + column + "']")).getText().strip();
    }

    /** 钱晓 registers, accepts and proposes it; 王强 批办s it to 社会救助科. */
    private static String assignedIncoming() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("senderOrgan", "江城市人民政府办公室");
        form.put("title", INCOMING);
        form.put("copies", 1);
        form.put("receivedOn", TODAY.toString());
        String id = ok(api.post("qianxiao", "/api/registry/incoming", form)).path("id").asString();
        ok(api.post("qianxiao", "/api/registry/incoming/" + id + "/accept", null));
        ok(api.post("qianxiao", "/api/registry/incoming/" + id + "/proposal", Map.of("opinion", "拟请社会救助科办理。")));
        ok(api.post("wangqiang", "/api/registry/incoming/" + id + "/assignment", Map.of("leadUnit", "SHJZ",
                "assistingUnits", List.of(), "deadline", TODAY.plusDays(10).toString(), "instruction", "请抓紧办理。")));
        return id;
    }

    private static String matter(String what, String unit) {
        return ok(api.post("wangqiang", "/api/registry/matters", Map.of("source", "MEETING", "matter", what,
                "unit", unit, "deadline", TODAY.plusDays(5).toString()))).path("id").asString();
    }

    /** As if assigned 400 days ago with its deadline then: long overdue. */
    private static void assignedLongAgo(String matterId) throws SQLException {
        PostgresServer pg = TestInfrastructure.postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("gongwen_registry"), pg.user(), pg.password());
             PreparedStatement u = c.prepareStatement("""
                     UPDATE assigned_matters SET deadline = deadline - 400, assigned_at = assigned_at - interval '400 days'
                      WHERE id = CAST(? AS uuid)""")) {
            u.setString(1, matterId);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }

    private static tools.jackson.databind.JsonNode ok(GatewayClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.body();
    }
}
