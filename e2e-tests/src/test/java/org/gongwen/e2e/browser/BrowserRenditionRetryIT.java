package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.Suite;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.testsupport.PostgresServer;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 18: a render the archive's worker gave up, on the record page (a 函, shown in its 信函格式). The document carries a character no installed
 * font has (CJK Extension B), so every render of it fails by name; the worker's giving up (after 5 attempts over
 * minutes) is written as it writes it. The 局长 reads "生成失败" and nothing more; 档案 staff get 重新生成, which
 * queues the job again, and the page watches it.
 */
class BrowserRenditionRetryIT {

    private static final Duration WORKER = Duration.ofSeconds(60);

    private static Browser browser;
    private static GatewayClient api;
    private static Lifecycle life;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onSuite();
        api = new GatewayClient(Suite.get().gatewayUrl());
        life = new Lifecycle(api);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theArchivistRequeuesAFailedRenderFromTheRecordPageTheChiefOnlyReadsThatItFailed() throws SQLException {
        // a 函, so that the record page shows it in the 信函格式 its rendition would have
        Map<String, Object> draft = Lifecycle.请示(Lifecycle.uniqueSubject());
        draft.put("docType", "函");
        draft.put("title", "江城市民政局关于商请提供" + Lifecycle.uniqueSubject() + "数据的函");
        draft.put("direction", "平行");
        draft.put("mainRecipients", java.util.List.of("江城市医疗保障局"));
        draft.put("copyRecipients", java.util.List.of("江城市财政局"));
        draft.put("body", "为做好救助工作，现商请贵局协助提供有关数据。\n救助对象姓名中有生僻字𠀀。\n特此函商，请予支持。");
        String id = life.create("zhangwei", draft);
        assertThat(api.post("zhangwei", "/api/drafts/" + id + "/submit", null).status()).isEqualTo(202);
        for (String reviewer : new String[] {"sunli", "zhaomin", "wangqiang"}) {
            life.approve(reviewer, id, 1);
        }
        life.awaitArchiveRecord("zhoushen", id);
        try {
            await("the first render of " + id + " fails").atMost(WORKER)
                    .until(() -> lastError(id) != null);
            giveUp(id);

            browser.signIn("wangqiang", "王强");
            browser.open("#/archive/" + id);
            browser.await(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#record-rendition [data-state='failed']")));
            assertThat(browser.find(By.id("record-rendition")).getText()).isEqualTo("生成失败（请联系管理员）");
            assertThat(browser.driver().findElements(By.id("record-rendition-retry"))).isEmpty();

            browser.signIn("zhoushen", "周慎");
            browser.open("#/archive/" + id);
            browser.await(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#record-rendition [data-state='failed']")));
            assertThat(browser.find(By.id("record-rendition")).getText()).contains("排除原因");
            // 信函格式 (GB/T 9704 10.1): the organ's name alone over a red double line, 抄送 without 印发 or rules
            assertThat(browser.find(By.cssSelector("#gw-document.gw-format-letter .gw-organ-mark")).getText())
                    .isEqualTo("江城市民政局");
            assertThat(browser.driver().findElements(By.cssSelector("#gw-document .gw-double-rule"))).hasSize(2);
            assertThat(browser.driver().findElements(By.cssSelector("#gw-document .gw-print"))).isEmpty();
            assertThat(browser.find(By.cssSelector("#gw-document .gw-cc")).getText()).isEqualTo("抄送：江城市财政局。");
            browser.screenshot("18-rendition-failed");
            browser.click(By.id("record-rendition-retry"));
            browser.await(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#record-rendition [data-state='pending']")));
            assertThat(browser.find(By.id("record-rendition")).getText()).isEqualTo("生成中…");
            assertThat(requeuedBy(id)).isEqualTo("zhoushen");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-rendition-retry");
            throw e;
        } finally {
            // the character is still there: no attempts left to run (and to log) while the suite goes on
            giveUp(id);
        }
    }

    private static Connection archive() throws SQLException {
        PostgresServer pg = TestInfrastructure.postgres();
        return DriverManager.getConnection(pg.jdbcUrl("gongwen_archive"), pg.user(), pg.password());
    }

    private static String lastError(String id) throws SQLException {
        return column("SELECT last_error FROM archive_render_jobs WHERE document_id = ?", id);
    }

    private static String requeuedBy(String id) throws SQLException {
        return column("SELECT requeued_by FROM archive_render_jobs WHERE document_id = ?", id);
    }

    private static String column(String sql, String id) throws SQLException {
        try (Connection c = archive(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** As the worker gives a job up after its last attempt (JdbcRenderJobs.giveUp). */
    private static void giveUp(String id) throws SQLException {
        try (Connection c = archive(); PreparedStatement u = c.prepareStatement("""
                UPDATE archive_render_jobs SET state = 'failed', failed_at = now() WHERE document_id = ?""")) {
            u.setString(1, id);
            u.executeUpdate();
        }
    }
}
