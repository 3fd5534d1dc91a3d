package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's 死信 screen (issue 14): per service what it parked on its dead-letter topics, read through the
 * gateway's /api/operations/{service}/dead-letters (the services' /actuator/deadletters), an empty state when there is
 * nothing, and a replay asked once more before it is sent, with its result. Nobody else sees it.
 */
class BrowserDeadLettersIT {

    private static final List<String> SERVICES = List.of("drafting", "review", "archive");

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
    void theAdministratorSeesEachServicesDeadLettersAndReplaysAfterConfirming() {
        try {
            browser.signIn("admin", "系统管理员");
            browser.click(By.id("nav-operations-dead-letters"));
            browser.await(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "死信处理"));
            for (String service : SERVICES) {
                // what the page must show is what the service answers through the gateway
                GatewayClient.Response parked = api.get("admin", "/api/operations/" + service + "/dead-letters");
                assertThat(parked.status()).as(service + ": " + parked).isEqualTo(200);
                By list = By.id("dlt-" + service + "-list");
                if (parked.body().isEmpty()) {
                    assertThat(browser.find(new By.ByCssSelector("#dlt-" + service + "-list .empty")).getText())
                            .isEqualTo("该服务没有死信。");
                } else {
                    browser.await(d -> d.findElement(list).findElements(By.cssSelector("tbody tr")).size()
                            == parked.body().size());
                }
            }
            browser.screenshot("17-dead-letters");

            // asked first; cancelling sends nothing
            browser.click(By.id("replay-drafting"));
            browser.click(By.id("replay-drafting-cancel"));
            browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("replay-drafting-confirm")));
            assertThat(browser.driver().findElement(By.id("replay-drafting-result")).getText()).isEmpty();

            browser.click(By.id("replay-review"));
            assertThat(browser.find(By.id("replay-review-q")).getText()).contains("审核服务");
            browser.click(By.id("replay-review-confirm"));
            WebElement result = browser.await(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#replay-review-result [role=status] p")));
            assertThat(result.getText()).matches("已重放 \\d+ 条，仍失败 0 条。");
            assertThat(browser.find(By.cssSelector("#dlt-review-list .empty")).getText()).isEqualTo("该服务没有死信。");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-dead-letters");
            throw e;
        }
    }

    @Test
    void nobodyElseIsOfferedTheScreenNorShownItsData() {
        browser.signIn("zhangwei", "张伟");
        assertThat(browser.driver().findElements(By.id("nav-operations-dead-letters"))).isEmpty();
        browser.open("#/operations/dead-letters");
        assertThat(browser.find(By.cssSelector("#main .error-state")).getText()).contains("您无权查看此页面。");
        assertThat(browser.driver().findElements(By.id("dlt-review"))).isEmpty();
    }
}
